package dev.vlb.engine.dataset;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Checks of multiple-choice rows shared by the loaders. */
final class Choices {

  private Choices() {}

  static char letter(int index) {
    return (char) ('A' + index);
  }

  /** Why {@code answer} is not a usable option letter for {@code choices}, or empty when it is. */
  static Optional<String> problem(List<String> choices, String answer) {
    if (choices.size() < 2) {
      return Optional.of("field 'choices' has " + choices.size() + " option(s), at least 2 are needed");
    }
    if (isMissing(answer)) {
      return Optional.of("field 'answer' is missing");
    }
    String letter = answer.strip().toUpperCase(Locale.ROOT);
    if (letter.length() != 1 || letter.charAt(0) < 'A' || letter.charAt(0) >= letter(choices.size())) {
      return Optional.of(
          "field 'answer' is '" + answer.strip() + "', not among the options A-" + letter(choices.size() - 1));
    }
    return Optional.empty();
  }

  /** Empty, or {@code nan} as pandas writes a missing value. */
  static boolean isMissing(String value) {
    return value == null || value.isBlank() || value.strip().equalsIgnoreCase("nan");
  }
}
