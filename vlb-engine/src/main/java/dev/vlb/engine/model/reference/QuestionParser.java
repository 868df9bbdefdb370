package dev.vlb.engine.model.reference;

import dev.vlb.engine.model.reference.Question.Direction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a question by cue words (how many, number of, more ... than, outnumber, left of, color, shape
 * or form, largest, is there, contain, see) and noun phrases: runs of colour, shape, size, object and unknown words. A slot held by an
 * unknown word is filled from {@link Salience}, which is where rare synonyms and distracting context
 * make the model go wrong.
 */
final class QuestionParser {

  private static final Map<String, Direction> RELATIONS =
      Map.of("left", Direction.LEFT, "right", Direction.RIGHT, "above", Direction.ABOVE, "below", Direction.BELOW);

  private final List<String> words;
  private final List<Phrase> phrases;
  private final Salience salience;

  private QuestionParser(String question, Salience salience) {
    this.words = tokens(question);
    this.phrases = Phrase.split(words);
    this.salience = salience;
  }

  static Question parse(String question, Salience salience) {
    return new QuestionParser(question, salience).intent();
  }

  /** The referent an option text such as "the red circle" names; unknown words are ignored. */
  static Referent referent(String text) {
    List<Phrase> phrases = Phrase.split(tokens(text));
    return phrases.isEmpty() ? Referent.ANY : phrases.get(0).known();
  }

  private Question intent() {
    Optional<Integer> comparison = firstOf("than", "outnumber");
    if (comparison.isPresent()) {
      return new Question.MoreOfColour(colourOf(phraseAfter(-1)), colourOf(phraseAfter(comparison.get())));
    }
    Optional<Integer> count = cue("how", "many").or(() -> cue("number", "of"));
    if (count.isPresent()) {
      return new Question.CountOf(resolved(subject(count.get())));
    }
    Optional<String> relation = words.stream().filter(RELATIONS::containsKey).findFirst();
    if (relation.isPresent()) {
      int cue = index(relation.get());
      return new Question.Relation(resolved(phraseBefore(cue)), RELATIONS.get(relation.get()),
          resolved(phraseAfter(cue)));
    }
    Optional<Integer> colour = firstOf("color", "colour");
    if (colour.isPresent()) {
      return new Question.ColourOf(resolved(subject(colour.get())));
    }
    Optional<Integer> shape = cue("what", "shape").or(() -> cue("which", "shape")).or(() -> cue("shape", "of"))
        .or(() -> cue("what", "form")).or(() -> cue("which", "form")).or(() -> cue("form", "of"));
    if (shape.isPresent()) {
      return new Question.ShapeOf(resolved(subject(shape.get())));
    }
    if (words.contains("largest") || words.contains("biggest")) {
      return new Question.Largest();
    }
    if (cue("is", "there").or(() -> cue("are", "there")).or(() -> firstOf("contain", "see", "seen", "present"))
        .isPresent()) {
      return new Question.Exists(resolved(phraseAfter(-1)));
    }
    return new Question.Unreadable();
  }

  /**
   * The noun phrase a cue asks about: the one after it ("how many red circles"), else the one before
   * ("count the circles, how many are there", "the red object is what shape").
   */
  private Optional<Phrase> subject(int cue) {
    return phraseAfter(cue).or(() -> phraseBefore(cue));
  }

  private Referent resolved(Optional<Phrase> phrase) {
    return phrase.map(p -> p.resolve(salience)).orElse(Referent.ANY);
  }

  private PaletteColour colourOf(Optional<Phrase> phrase) {
    Referent referent = resolved(phrase);
    return referent.colour() != null ? referent.colour() : salience.colour();
  }

  private Optional<Phrase> phraseAfter(int index) {
    return phrases.stream().filter(p -> p.start() > index).findFirst();
  }

  private Optional<Phrase> phraseBefore(int index) {
    return phrases.stream().filter(p -> p.start() < index).reduce((first, second) -> second);
  }

  private int index(String word) {
    return words.indexOf(word);
  }

  /** The index of the second word of the first place where {@code first} is followed by {@code second}. */
  private Optional<Integer> cue(String first, String second) {
    for (int at = 0; at + 1 < words.size(); at++) {
      if (words.get(at).equals(first) && words.get(at + 1).equals(second)) {
        return Optional.of(at + 1);
      }
    }
    return Optional.empty();
  }

  /** The index of the first occurrence of any of the words. */
  private Optional<Integer> firstOf(String... cues) {
    List<String> wanted = List.of(cues);
    return words.stream().filter(wanted::contains).findFirst().map(words::indexOf);
  }

  private static List<String> tokens(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
  }

  /** A run of content words starting at word index {@code start}. */
  private record Phrase(int start, List<String> words) {

    static List<Phrase> split(List<String> tokens) {
      List<Phrase> phrases = new ArrayList<>();
      List<String> current = new ArrayList<>();
      for (int i = 0; i <= tokens.size(); i++) {
        if (i < tokens.size() && !KnownWords.isFunctionWord(tokens.get(i))) {
          current.add(tokens.get(i));
        } else if (!current.isEmpty()) {
          phrases.add(new Phrase(i - current.size(), List.copyOf(current)));
          current.clear();
        }
      }
      return phrases;
    }

    Referent known() {
      return new Referent(last(KnownWords::colour), last(KnownWords::shape), last(KnownWords::size));
    }

    /**
     * The referent with unknown words read as slots: an unknown head noun is a shape, an unknown
     * modifier before the head is a colour; both are guessed from salience.
     */
    Referent resolve(Salience salience) {
      Referent known = known();
      String head = words.get(words.size() - 1);
      boolean headKnown = KnownWords.shape(head).isPresent() || KnownWords.isObjectNoun(head);
      boolean unknownModifier = words.subList(0, words.size() - 1).stream().anyMatch(QuestionParser::unknown);
      ShapeKind shape = known.shape() == null && !headKnown ? salience.shape() : known.shape();
      PaletteColour colour = known.colour() == null && unknownModifier ? salience.colour() : known.colour();
      return new Referent(colour, shape, known.size());
    }

    private <T> T last(java.util.function.Function<String, Optional<T>> lookup) {
      T found = null;
      for (String word : words) {
        found = lookup.apply(word).orElse(found);
      }
      return found;
    }
  }

  private static boolean unknown(String word) {
    return KnownWords.colour(word).isEmpty() && KnownWords.shape(word).isEmpty() && KnownWords.size(word).isEmpty()
        && !KnownWords.isObjectNoun(word) && !KnownWords.isFunctionWord(word);
  }
}
