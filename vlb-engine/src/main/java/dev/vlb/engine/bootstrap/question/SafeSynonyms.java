package dev.vlb.engine.bootstrap.question;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The curated synonyms of words whose WordNet senses would change a visual question's meaning
 * (colours, shapes, sizes, spatial relations, "image", "object"). Each form is listed already inflected;
 * an empty list means the word is never replaced.
 */
final class SafeSynonyms {

  private static final String FILE = "safe-synonyms.txt";
  private static final Map<String, List<String>> TABLE = load();

  private SafeSynonyms() {}

  /** The curated synonyms of a word, or empty when the table does not know it. */
  static Optional<List<String>> of(String word) {
    return Optional.ofNullable(TABLE.get(word.toLowerCase(Locale.ROOT)));
  }

  private static Map<String, List<String>> load() {
    TextResource table = TextResource.load(FILE);
    Map<String, List<String>> synonyms = new HashMap<>();
    for (TextResource.Line line : table.lines()) {
      String[] sides = line.text().split("=", -1);
      if (sides.length != 2 || sides[0].isBlank()) {
        throw table.malformed(line, "expected 'word = synonym, synonym', was '" + line.text() + "'");
      }
      List<String> options =
          Arrays.stream(sides[1].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
      if (synonyms.put(sides[0].strip().toLowerCase(Locale.ROOT), options) != null) {
        throw table.malformed(line, "'" + sides[0].strip() + "' is listed twice");
      }
    }
    return Map.copyOf(synonyms);
  }
}
