package dev.vlb.engine.model.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits prompt text into context, question, options and answer format: the option lines are
 * {@code A. text}; the question is the line of the last sentence ending in '?' before them, so a
 * lead-in such as "Count the circles." stays with it (else the last sentence), and all text before
 * it is context.
 */
final class PromptReader {

  private static final Pattern OPTION = Pattern.compile("^([A-Z])\\.\\s+(.+)$");
  private static final Pattern QUESTION = Pattern.compile("[^.?!\\n]*\\?");
  private static final Pattern SENTENCE = Pattern.compile("[^.?!\\n]+[.?!]?");
  private static final Pattern WORD = Pattern.compile("\\S+");

  private PromptReader() {}

  static Prompt read(String text) {
    List<String> options = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (String line : text.strip().split("\\R")) {
      Matcher option = OPTION.matcher(line.strip());
      if (option.matches()) {
        options.add(option.group(2).strip());
      } else if (options.isEmpty()) {
        body.append(line).append('\n');
      }
    }
    String bodyText = body.toString();
    int start = questionStart(bodyText);
    String question = bodyText.substring(start).strip();
    String context = bodyText.substring(0, start).strip();
    return new Prompt(context, firstSentence(question), options, format(text, question, options), wordCount(text));
  }

  private static int questionStart(String body) {
    int start = -1;
    Matcher question = QUESTION.matcher(body);
    while (question.find()) {
      start = question.start();
    }
    if (start >= 0) {
      return body.lastIndexOf('\n', start) + 1;
    }
    Matcher sentence = SENTENCE.matcher(body.strip());
    int last = 0;
    while (sentence.find()) {
      if (!sentence.group().isBlank()) {
        last = sentence.start();
      }
    }
    return body.indexOf(body.strip()) + last;
  }

  /** The question sentence alone, without an answer instruction that may follow on the same line. */
  private static String firstSentence(String question) {
    int end = question.indexOf('?');
    return end >= 0 ? question.substring(0, end + 1) : question;
  }

  private static AnswerFormat format(String text, String question, List<String> options) {
    if (!options.isEmpty()) {
      return AnswerFormat.OPTION_LETTER;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("yes or no")) {
      return AnswerFormat.YES_NO;
    }
    String firstWord = question.toLowerCase(Locale.ROOT).split("\\W+", 2)[0];
    return List.of("is", "are", "does", "do", "can").contains(firstWord) ? AnswerFormat.YES_NO : AnswerFormat.WORD;
  }

  private static int wordCount(String text) {
    return (int) WORD.matcher(text).results().count();
  }
}
