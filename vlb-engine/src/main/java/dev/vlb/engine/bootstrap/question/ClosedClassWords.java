package dev.vlb.engine.bootstrap.question;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Closed-class English words: the ones a rewrite never replaces and relatedness never counts. */
final class ClosedClassWords {

  private static final Set<String> FUNCTION_WORDS =
      TextResource.load("function-words.txt").lines().stream()
          .flatMap(line -> Arrays.stream(line.text().split("\\s+")))
          .map(word -> word.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());

  /** Words after which the next word is a noun or an adjective. */
  private static final Set<String> DETERMINERS =
      Set.of("a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "my",
          "your", "our", "each", "every", "some", "any", "no", "another", "which", "what");

  /** Words after which the next word is a verb. */
  private static final Set<String> VERB_CUES =
      Set.of("to", "do", "does", "did", "can", "could", "will", "would", "should", "may", "might",
          "must", "not", "i", "you", "we", "they", "he", "she", "it");

  /**
   * Number words: a synonym may not stand in for one (WordNet offers "trine" for "three"), though they
   * stay content words that a distractor sentence must not share.
   */
  private static final Set<String> NUMBER_WORDS =
      Set.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
          "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million",
          "dozen", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
          "once", "twice", "thrice", "single", "double", "triple", "pair", "couple");

  private ClosedClassWords() {}

  static boolean isNumberWord(String word) {
    return NUMBER_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  static boolean isFunctionWord(String word) {
    return FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  static boolean isDeterminer(String word) {
    return DETERMINERS.contains(word.toLowerCase(Locale.ROOT));
  }

  static boolean cuesVerb(String word) {
    return VERB_CUES.contains(word.toLowerCase(Locale.ROOT));
  }
}
