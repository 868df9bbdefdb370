package dev.vlb.engine.execution;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.OptionLetter;
import dev.vlb.api.spi.Sample;
import org.apiguardian.api.API;

/**
 * Formats the text a model is asked, in the layout LLaVA and VLMEvalKit use: context paragraph, blank
 * line, question, one {@code A. option} line per choice, then the answer instruction of the task type.
 */
@API(status = INTERNAL, since = "0.1")
public final class Prompts {

  public static final String YES_NO_INSTRUCTION = "Please answer yes or no.";
  public static final String CHOICE_INSTRUCTION = "Answer with the option's letter from the given choices directly.";
  public static final String SHORT_ANSWER_INSTRUCTION = "Answer the question using a single word or number.";

  private Prompts() {}

  public static String format(Sample sample) {
    StringBuilder prompt = new StringBuilder();
    if (!sample.context().isBlank()) {
      prompt.append(sample.context().strip()).append("\n\n");
    }
    prompt.append(sample.question().strip());
    for (int i = 0; i < sample.choices().size(); i++) {
      prompt.append('\n').append(OptionLetter.of(i)).append(". ").append(sample.choices().get(i));
    }
    String instruction = instruction(sample.type());
    if (!instruction.isEmpty()) {
      prompt.append('\n').append(instruction);
    }
    return prompt.toString();
  }

  static String instruction(TaskType type) {
    return switch (type) {
      case YES_NO -> YES_NO_INSTRUCTION;
      case MULTIPLE_CHOICE -> CHOICE_INSTRUCTION;
      case SHORT_ANSWER -> SHORT_ANSWER_INSTRUCTION;
      case OPEN_ENDED -> "";
    };
  }
}
