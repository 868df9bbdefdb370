package dev.vlb.engine.scoring;

import dev.vlb.api.spi.OptionLetter;
import dev.vlb.api.spi.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Multiple-choice answers read from free text the way VLMEvalKit does: an option letter ("B", "(B)",
 * "B.", "Answer: B", "The answer is B) red") or else the one option whose text the reply contains.
 * When no single option can be identified the reply is wrong as {@code unparseable}, never guessed.
 */
enum ChoiceScorer implements Scorer {
  INSTANCE;

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern WHOLE_LETTER = Pattern.compile("[(\\[]?([A-Za-z])[)\\].:]?");
  private static final Pattern STATED =
      Pattern.compile("(?i:answer|option|choice)(?i:\\s+is)?\\s*[:：]?\\s*[(\\[]?([A-Z])(?![A-Za-z'])");
  private static final Pattern LETTER = Pattern.compile("(?<![A-Za-z'’])([A-Z])(?![A-Za-z'’])");
  /** "A" followed by a lower-case word is the article ("A red car"), unless that word joins options. */
  private static final Pattern ARTICLE = Pattern.compile("\\s+(?!(?:or|and|nor|is|was)\\b)[a-z]");

  @Override
  public Score score(Sample sample, String reply) {
    return extract(reply, sample.choices())
        .map(letter -> letter.equalsIgnoreCase(sample.answer()) ? Score.correct(letter) : Score.wrong(letter, ""))
        .orElseGet(() -> Score.wrong("", "unparseable"));
  }

  static Optional<String> extract(String reply, List<String> choices) {
    String text = reply.strip();
    Matcher whole = WHOLE_LETTER.matcher(text);
    if (whole.matches()) {
      return valid(whole.group(1).toUpperCase(Locale.ROOT), choices.size());
    }
    Optional<String> stated = single(STATED.matcher(text), choices.size(), text);
    return stated.or(() -> single(LETTER.matcher(text), choices.size(), text)).or(() -> byOptionText(text, choices));
  }

  /** The letter when every match names the same valid option. */
  private static Optional<String> single(Matcher matcher, int options, String text) {
    Set<String> letters = new TreeSet<>();
    while (matcher.find()) {
      String letter = matcher.group(1);
      boolean article = letter.equals("A") && ARTICLE.matcher(text).region(matcher.end(1), text.length()).lookingAt();
      if (!article) {
        valid(letter, options).ifPresent(letters::add);
      }
    }
    return letters.size() == 1 ? Optional.of(letters.iterator().next()) : Optional.empty();
  }

  private static Optional<String> valid(String letter, int options) {
    int index = OptionLetter.indexOf(letter);
    return index >= 0 && index < options ? Optional.of(letter) : Optional.empty();
  }

  /** The one option whose words the reply contains; an option inside a longer matching one yields. */
  private static Optional<String> byOptionText(String reply, List<String> choices) {
    String padded = " " + words(reply) + " ";
    List<Integer> matches = new ArrayList<>();
    for (int i = 0; i < choices.size(); i++) {
      String option = words(choices.get(i));
      if (!option.isEmpty() && padded.contains(" " + option + " ")) {
        matches.add(i);
      }
    }
    List<Integer> outermost = matches.stream()
        .filter(i -> matches.stream().noneMatch(j -> contains(words(choices.get(j)), words(choices.get(i)))))
        .toList();
    return outermost.size() == 1 ? Optional.of(OptionLetter.of(outermost.get(0))) : Optional.empty();
  }

  /** Whether {@code outer} holds {@code inner} as whole words and is longer. */
  private static boolean contains(String outer, String inner) {
    return outer.length() > inner.length() && (" " + outer + " ").contains(" " + inner + " ");
  }

  private static String words(String text) {
    return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
