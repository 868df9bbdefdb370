package dev.vlb.engine.bootstrap.plan;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.OptionLetter;
import dev.vlb.api.spi.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a planner's text (a context, a rewritten question) gives a sample's answer away by naming
 * it. The check is lexical and what it looks for depends on the kind of answer:
 *
 * <ul>
 *   <li>a short or open-ended answer: the answer itself, each part of an MM-Vet style answer
 *       ({@code 2 <AND> 5}, {@code red <OR> crimson}), and a number as word or digits;
 *   <li>multiple choice: the text of the correct option (the answer is only its letter) without a
 *       leading article, and a statement of the letter ("the answer is B", "option (B)");
 *   <li>yes/no: only an explicit statement of the answer ("the answer is yes", a text opening with
 *       "No,"). The words themselves are no leak: "a sign reading NO ENTRY" says nothing about the
 *       question, and rejecting every "no" would reject harmless texts. What would leak a yes/no
 *       answer is the asked fact in other words ("a dog sleeps on the sofa" for "Is there a dog?"),
 *       which no word list can see; the prompts forbid it, and it is for a judge to catch.
 * </ul>
 *
 * A term the question already contains reveals nothing: for "Is the cat or the dog bigger?" a
 * description may name the dog even when "dog" is the answer.
 */
final class AnswerLeaks {

  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern ANSWER_PARTS = Pattern.compile("<AND>|<OR>");
  /** A leading article, left out of a term so "the red kite" is caught for the option "a red kite". */
  private static final Pattern ARTICLE = Pattern.compile("(?i)^(?:a|an|the)\\s+");
  private static final Pattern YES_NO = Pattern.compile("(?i)yes|no");
  private static final Pattern STATED_YES_NO =
      Pattern.compile("(?i)^\\W*(?:yes|no)\\b\\s*[,.!:;]|\\banswer\\W+(?:is\\W+|would be\\W+)?(?:yes|no)\\b");
  private static final List<String> NUMBER_WORDS = List.of(
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty");

  private AnswerLeaks() {}

  /** The phrase of the text that gives the sample's answer away, if any. */
  static Optional<String> leak(String text, Sample sample) {
    String words = normalised(text);
    String question = normalised(sample.question());
    for (String term : terms(sample)) {
      String normalisedTerm = normalised(term);
      if (!normalisedTerm.isEmpty() && !mentions(question, normalisedTerm) && mentions(words, normalisedTerm)) {
        return Optional.of(term);
      }
    }
    return statement(text, sample);
  }

  /** The phrases that name the answer. */
  private static List<String> terms(Sample sample) {
    if (isYesNo(sample)) {
      return List.of();
    }
    List<String> terms = new ArrayList<>();
    for (String part : ANSWER_PARTS.split(answerText(sample))) {
      String term = ARTICLE.matcher(part.strip()).replaceFirst("");
      terms.add(term);
      numberTwin(term).ifPresent(terms::add);
    }
    return terms;
  }

  /** An explicit statement of the correct option's letter or of a yes/no answer. */
  private static Optional<String> statement(String text, Sample sample) {
    int index = OptionLetter.indexOf(sample.answer());
    if (sample.type() == TaskType.MULTIPLE_CHOICE && index >= 0) {
      String letter = OptionLetter.of(index);
      Optional<String> stated = first(text, Pattern.compile(
          "(?i:\\b(?:answer|option|choice)\\b)\\W+?(?i:is\\W+)?(?:\\(" + letter + "\\)|" + letter + "\\b)|\\(" + letter + "\\)"));
      if (stated.isPresent()) {
        return stated;
      }
    }
    return isYesNo(sample) ? first(text, STATED_YES_NO) : Optional.empty();
  }

  /** The answer in words: for multiple choice the correct option's text, empty when there is none. */
  private static String answerText(Sample sample) {
    return sample.type() == TaskType.MULTIPLE_CHOICE ? correctOption(sample).orElse("") : sample.answer();
  }

  private static boolean isYesNo(Sample sample) {
    return sample.type() == TaskType.YES_NO || YES_NO.matcher(answerText(sample).strip()).matches();
  }

  private static Optional<String> correctOption(Sample sample) {
    int index = OptionLetter.indexOf(sample.answer());
    return index >= 0 && index < sample.choices().size() ? Optional.of(sample.choices().get(index)) : Optional.empty();
  }

  private static Optional<String> numberTwin(String term) {
    String lower = term.toLowerCase(Locale.ROOT);
    if (lower.matches("\\d{1,2}") && Integer.parseInt(lower) < NUMBER_WORDS.size()) {
      return Optional.of(NUMBER_WORDS.get(Integer.parseInt(lower)));
    }
    int index = NUMBER_WORDS.indexOf(lower);
    return index >= 0 ? Optional.of(String.valueOf(index)) : Optional.empty();
  }

  private static Optional<String> first(String text, Pattern pattern) {
    var matcher = pattern.matcher(text);
    return matcher.find() ? Optional.of(matcher.group().strip()) : Optional.empty();
  }

  /** Lower case, every run of punctuation and space one space, padded so terms match whole words. */
  private static String normalised(String text) {
    String words = NOT_ALPHANUMERIC.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    return words.isEmpty() ? "" : " " + words + " ";
  }

  /** Whether the padded words contain the padded term as whole words, a plural allowed. */
  private static boolean mentions(String words, String term) {
    String bare = term.stripTrailing();
    return words.contains(term) || words.contains(bare + "s ") || words.contains(bare + "es ");
  }
}
