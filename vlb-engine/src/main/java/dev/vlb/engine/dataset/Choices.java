package dev.vlb.engine.dataset;

import dev.vlb.api.spi.OptionLetter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  /**
   * The columns of options {@code A}, {@code B}, ... in a TSV header (lower-case names), as far as they
   * run without a gap and at most {@code max} of them.
   */
  static List<Integer> optionColumns(List<String> names, int max) {
    List<Integer> columns = new ArrayList<>();
    for (int i = 0; i < max && names.contains(OptionLetter.of(i).toLowerCase(Locale.ROOT)); i++) {
      columns.add(names.indexOf(OptionLetter.of(i).toLowerCase(Locale.ROOT)));
    }
    return List.copyOf(columns);
  }

  /** Why a row's option fields (A, B, ... in order) cannot be lettered: an option after an empty one. */
  static Optional<String> gap(List<String> options) {
    int given = 0;
    for (int i = 0; i < options.size(); i++) {
      if (isMissing(options.get(i))) {
        continue;
      }
      if (given < i) {
        return Optional.of("option " + OptionLetter.of(given) + " is empty but option " + OptionLetter.of(i) + " is given");
      }
      given++;
    }
    return Optional.empty();
  }

  /** The given options among a row's option fields, as they are written. */
  static List<String> given(List<String> options) {
    return options.stream().filter(option -> !isMissing(option)).toList();
  }

  /** Empty, or {@code nan} as pandas writes a missing value. */
  static boolean isMissing(String value) {
    return value == null || value.isBlank() || value.strip().equalsIgnoreCase("nan");
  }
}
