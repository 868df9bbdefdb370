package dev.vlb.engine.scoring;

import dev.vlb.api.spi.Sample;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Short answers compared exactly after normalisation: case, punctuation and articles ignored, number
 * words read as digits ("three" == "3"). A numeric answer may come in a sentence ("There are 4
 * objects."): when the reply holds exactly one number, that number is the answer; two numbers
 * ("3 or 4") are never guessed between. Word answers stay exact, so "not red" never matches "red".
 */
enum ShortAnswerScorer implements Scorer {
  INSTANCE;

  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");
  private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
  private static final Map<String, String> NUMBERS = numbers();

  @Override
  public Score score(Sample sample, String reply) {
    String extracted = normalise(reply);
    if (extracted.isEmpty()) {
      return Score.wrong("", "unparseable");
    }
    String expected = normalise(sample.answer());
    if (!extracted.equals(expected) && isNumber(expected)) {
      List<String> numbers = Arrays.stream(extracted.split(" ")).filter(ShortAnswerScorer::isNumber).distinct().toList();
      if (numbers.size() == 1) {
        extracted = numbers.get(0);
      }
    }
    return extracted.equals(expected) ? Score.correct(extracted) : Score.wrong(extracted, "");
  }

  private static boolean isNumber(String word) {
    return word.matches("\\d+(\\.\\d+)?");
  }

  static String normalise(String text) {
    String spaced = text.toLowerCase(Locale.ROOT)
        .replaceAll("(?<=\\d),(?=\\d{3})", "")
        .replaceAll("(?<!\\d)\\.|\\.(?!\\d)", " ")
        .replaceAll("[^\\p{L}\\p{N}.]+", " ");
    return Arrays.stream(spaced.strip().split("\\s+"))
        .filter(word -> !word.isEmpty() && !ARTICLES.contains(word))
        .map(word -> NUMBERS.getOrDefault(word, word))
        .collect(Collectors.joining(" "));
  }

  private static Map<String, String> numbers() {
    Map<String, String> numbers = new HashMap<>();
    for (int i = 0; i < UNITS.size(); i++) {
      numbers.put(UNITS.get(i), String.valueOf(i));
    }
    for (int i = 0; i < TENS.size(); i++) {
      numbers.put(TENS.get(i), String.valueOf(20 + 10 * i));
    }
    numbers.put("hundred", "100");
    return Map.copyOf(numbers);
  }
}
