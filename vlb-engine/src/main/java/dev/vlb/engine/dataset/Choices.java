package dev.vlb.engine.dataset;

import dev.vlb.api.spi.OptionLetter;
import java.util.List;
import java.util.Optional;

/** Checks of multiple-choice rows shared by the loaders. */
final class Choices {

  private Choices() {}

  /** Why {@code answer} is not a usable option letter for {@code choices}, or empty when it is. */
  static Optional<String> problem(List<String> choices, String answer) {
    if (choices.size() < 2) {
      return Optional.of("field 'choices' has " + choices.size() + " option(s), at least 2 are needed");
    }
    if (choices.size() > OptionLetter.MAX_OPTIONS) {
      return Optional.of("field 'choices' has " + choices.size() + " options, at most " + OptionLetter.MAX_OPTIONS
          + " (A-Z) can be lettered");
    }
    if (isMissing(answer)) {
      return Optional.of("field 'answer' is missing");
    }
    int index = OptionLetter.indexOf(answer);
    if (index < 0 || index >= choices.size()) {
      return Optional.of(
          "field 'answer' is '" + answer.strip() + "', not among the options A-" + OptionLetter.of(choices.size() - 1));
    }
    return Optional.empty();
  }

  /** Empty, or {@code nan} as pandas writes a missing value. */
  static boolean isMissing(String value) {
    return value == null || value.isBlank() || value.strip().equalsIgnoreCase("nan");
  }
}
