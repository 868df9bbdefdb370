package dev.vlb.engine.bootstrap.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One L2 rule: a pattern over a question sentence and templates that reword it as a whole.
 *
 * @param templates texts with {@code ${group}} or {@code ${function:group}} placeholders
 */
record RephraseRule(Pattern pattern, List<String> templates) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(?:(\\w+):)?(\\w+)}");

  private static final Map<String, String> OPPOSITE_RELATIONS =
      Map.of("to the left of", "to the right of", "to the right of", "to the left of",
          "on the left of", "on the right of", "on the right of", "on the left of",
          "above", "below", "below", "above", "in front of", "behind", "behind", "in front of");

  private static final Map<String, UnaryOperator<String>> FUNCTIONS =
      Map.of("opposite", relation -> OPPOSITE_RELATIONS.get(relation.toLowerCase(Locale.ROOT)),
          "does", auxiliary -> auxiliary.equalsIgnoreCase("is") ? "does"
              : auxiliary.equalsIgnoreCase("are") ? "do" : "did",
          "third", Inflection::thirdPerson,
          "lower", text -> text.toLowerCase(Locale.ROOT));

  /** Checks every placeholder against the pattern's groups and the known functions. */
  RephraseRule {
    templates = List.copyOf(templates);
    for (String template : templates) {
      Matcher placeholder = PLACEHOLDER.matcher(template);
      while (placeholder.find()) {
        String function = placeholder.group(1);
        if (function != null && !FUNCTIONS.containsKey(function)) {
          throw new IllegalArgumentException("unknown function '" + function + "' in: " + template);
        }
        if (!pattern.pattern().contains("(?<" + placeholder.group(2) + ">")) {
          throw new IllegalArgumentException("no group '" + placeholder.group(2) + "' in: " + template);
        }
      }
    }
  }

  /** The rephrasings of the sentence (without its final punctuation), or none when it does not match. */
  List<String> rephrase(String sentence) {
    Matcher match = pattern.matcher(sentence);
    if (!match.matches()) {
      return List.of();
    }
    List<String> rephrasings = new ArrayList<>();
    for (String template : templates) {
      rephrasings.add(capitalise(fill(template, match).replaceAll("\\s+", " ").strip()));
    }
    return rephrasings;
  }

  private static String fill(String template, Matcher match) {
    return PLACEHOLDER.matcher(template).replaceAll(placeholder -> {
      String value = match.group(placeholder.group(2));
      String text = value == null ? "" : value;
      String function = placeholder.group(1);
      return Matcher.quoteReplacement(function == null ? text : FUNCTIONS.get(function).apply(text));
    });
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
