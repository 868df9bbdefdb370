package dev.vlb.engine.model.reference;

import dev.vlb.api.spi.OptionLetter;
import java.util.List;

/**
 * Puts a canonical answer into the form the prompt asks for. When the answer does not fit that form
 * the model guesses as weak models do: "Yes", or option A.
 */
final class Answers {

  private Answers() {}

  static String express(String answer, Prompt prompt) {
    return switch (prompt.format()) {
      case YES_NO -> answer.equals("Yes") || answer.equals("No") ? answer : "Yes";
      case OPTION_LETTER -> OptionLetter.of(optionIndex(answer, prompt.options()));
      case WORD -> answer.isEmpty() ? "Yes" : answer;
    };
  }

  private static int optionIndex(String answer, List<String> options) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).equalsIgnoreCase(answer)) {
        return i;
      }
    }
    return answer.matches("\\d+") ? nearestNumber(Integer.parseInt(answer), options) : 0;
  }

  private static int nearestNumber(int value, List<String> options) {
    int best = 0;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < options.size(); i++) {
      String option = options.get(i).strip();
      if (option.matches("\\d+") && Math.abs(Integer.parseInt(option) - value) < bestDistance) {
        bestDistance = Math.abs(Integer.parseInt(option) - value);
        best = i;
      }
    }
    return best;
  }
}
