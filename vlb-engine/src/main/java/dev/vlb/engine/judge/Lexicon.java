package dev.vlb.engine.judge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The closed vocabulary of {@code lexicon.txt}: which words and phrases are colours, shapes, sizes,
 * spatial words, comparatives and negations, which of them are synonyms, which are converses, and
 * which words only name the picture or carry no content.
 */
final class Lexicon {

  private static final String FILE = "lexicon.txt";

  private static final Map<String, Kind> KINDS = Map.of(
      "colour", Kind.COLOUR, "shape", Kind.SHAPE, "size", Kind.SIZE, "spatial", Kind.SPATIAL,
      "comparative", Kind.COMPARATIVE, "question", Kind.QUESTION, "negation", Kind.NEGATION,
      "synonym", Kind.NOUN);

  /** A phrase of the lexicon found in a text. */
  record Match(Term term, int length) {}

  private record Entry(Kind kind, String canonical) {}

  private static final class Loaded {
    static final Lexicon INSTANCE = load();
  }

  private final Map<List<String>, Entry> phrases = new HashMap<>();
  private final Map<String, String> opposites = new HashMap<>();
  private final Set<String> deictic = new HashSet<>();
  private final Set<String> function = new HashSet<>();
  private final Set<String> symmetric = new HashSet<>();
  private int longest = 1;

  private Lexicon() {}

  static Lexicon shared() {
    return Loaded.INSTANCE;
  }

  /** The longest phrase of the lexicon that starts at {@code from}, if any. */
  Optional<Match> match(List<String> words, int from) {
    for (int length = Math.min(longest, words.size() - from); length > 0; length--) {
      List<String> phrase = words.subList(from, from + length);
      Entry entry = phrases.get(phrase);
      if (entry != null) {
        return Optional.of(new Match(new Term(entry.kind(), entry.canonical(), String.join(" ", phrase)), length));
      }
    }
    return Optional.empty();
  }

  /** The converse of a canonical spatial word or comparative ("left" for "right"), if it has one. */
  Optional<String> opposite(String canonical) {
    return Optional.ofNullable(opposites.get(canonical));
  }

  /** Whether a relation holds both ways ("A near B" = "B near A"), so its noun phrases may swap places. */
  boolean isSymmetric(String canonical) {
    return symmetric.contains(canonical);
  }

  boolean isDeictic(String word) {
    return deictic.contains(word);
  }

  boolean isFunctionWord(String word) {
    return function.contains(word);
  }

  private static Lexicon load() {
    Lexicon lexicon = new Lexicon();
    InputStream in = Lexicon.class.getResourceAsStream(FILE);
    if (in == null) {
      throw new IllegalStateException("Missing resource " + where());
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> lines = reader.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          lexicon.add(line, i + 1);
        }
      }
      return lexicon;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + where(), e);
    }
  }

  private void add(String line, int number) {
    String[] declaration = line.split(":", 2);
    if (declaration.length != 2) {
      throw malformed(number, "expected 'kind: ...', was '" + line + "'");
    }
    String kind = declaration[0].strip();
    String rest = declaration[1].strip().toLowerCase(Locale.ROOT);
    switch (kind) {
      case "opposite" -> addOpposites(rest, number);
      case "deictic" -> Arrays.stream(rest.split(",")).map(String::strip)
          .forEach(noun -> deictic.addAll(List.of(noun, plural(noun))));
      case "function" -> function.addAll(Arrays.asList(rest.split("\\s+")));
      case "symmetric" -> symmetric.addAll(Arrays.asList(rest.split("\\s+")));
      default -> addSynonyms(KINDS.get(kind), rest, number, kind);
    }
  }

  private void addOpposites(String pair, int number) {
    String[] words = pair.split("\\s+");
    if (words.length != 2) {
      throw malformed(number, "expected 'opposite: a b', was '" + pair + "'");
    }
    opposites.put(words[0], words[1]);
    opposites.put(words[1], words[0]);
  }

  private void addSynonyms(Kind kind, String definition, int number, String name) {
    String[] sides = definition.split("=", 2);
    if (kind == null || sides.length != 2) {
      throw malformed(number, "expected 'kind: canonical = form, form' with a known kind, was '" + name + "'");
    }
    Entry entry = new Entry(kind, sides[0].strip());
    for (String form : sides[1].split(",")) {
      List<String> words = List.of(form.strip().split("\\s+"));
      put(words, entry, number);
      if (kind == Kind.SHAPE || kind == Kind.NOUN) {
        List<String> plural = new ArrayList<>(words);
        plural.set(plural.size() - 1, plural(plural.get(plural.size() - 1)));
        put(List.copyOf(plural), entry, number);
      }
    }
  }

  /** The regular English plural, which is all the lexicon's nouns need. */
  private static String plural(String noun) {
    if (noun.matches(".*(s|x|z|ch|sh)")) {
      return noun + "es";
    }
    return noun.matches(".*[^aeiou]y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
  }

  private void put(List<String> words, Entry entry, int number) {
    Entry previous = phrases.put(words, entry);
    if (previous != null && !previous.equals(entry)) {
      throw malformed(number, "'" + String.join(" ", words) + "' is already " + previous.canonical());
    }
    longest = Math.max(longest, words.size());
  }

  private static IllegalStateException malformed(int line, String problem) {
    return new IllegalStateException(where() + " line " + line + ": " + problem);
  }

  private static String where() {
    return Lexicon.class.getPackageName().replace('.', '/') + "/" + FILE;
  }
}
