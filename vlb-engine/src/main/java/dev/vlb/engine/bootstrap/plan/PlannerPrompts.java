package dev.vlb.engine.bootstrap.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.OptionLetter;
import dev.vlb.api.spi.Sample;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What the planner is asked, one prompt per strategy. They ask what the paper's planner prompts ask
 * (yangyue5114/DME, {@code dynamic_generation/}): for V1 ten objects that neither change nor cover
 * the answer, each as large as possible, as {@code [{"name", "box"}]} in the image's pixels; for V2
 * objects that can go without changing the answer, most suitable first, as {@code [{"object_name",
 * ...}]}. Unlike the paper's V2 prompt, which marks regions with a segmenter, ours asks for boxes; and
 * both image prompts also ask under {@code "keep"} for the regions the answer depends on, so that a
 * box covering them can be refused. The wording is ours.
 *
 * <p>The image prompts and L3 state the answer, since the planner must know what to protect and what
 * not to tell; L1, L2 and L4 do not, since a rewrite that knows the answer is tempted to contain it.
 * Text prompts ask for three alternatives, so that a retry after a judge's rejection can take another.
 */
@API(status = INTERNAL, since = "0.1")
public final class PlannerPrompts {

  /**
   * The version of these prompts and of the reply formats they ask for. Stored variants are keyed by
   * it: change it with any change of wording, so that plans made by older prompts are not reused.
   */
  public static final String PROMPT_VERSION = "planner-1";

  /** How many objects V1 asks for, as the paper's prompt does. */
  static final int ADDITIONS = 10;
  /** How many objects V2 asks for, as the paper's prompt does. */
  static final int REMOVALS = 5;
  /** How many alternatives a text prompt asks for. */
  static final int ALTERNATIVES = 3;

  private static final String BOX = "[x_min, y_min, x_max, y_max]";

  private PlannerPrompts() {}

  static String addition(Sample sample, List<String> candidates) {
    String choice = candidates.isEmpty()
        ? "Choose any objects that could plausibly be in this scene."
        : "Choose the objects only from this list and name each exactly as written: " + String.join(", ", candidates)
            + ". An object may be used more than once, at different places. Give each box roughly the"
            + " proportions of its object.";
    return prompt(sample, true,
        "{\"keep\": [" + BOX + "], \"objects\": [{\"name\": \"object name\", \"box\": " + BOX + "}]}",
        "Plan objects to add to this image. An added object must not change the correct answer, and its box must"
            + " not cover anything the answer depends on. Make every object as large as the free space allows:"
            + " the change should be plain to see, not a small detail.",
        choice,
        "Propose " + ADDITIONS + " objects, each with the box it is to fill. " + boxes(),
        keep());
  }

  static String removal(Sample sample) {
    return prompt(sample, true,
        "{\"keep\": [" + BOX + "], \"objects\": [{\"object_name\": \"object name\", \"box\": " + BOX + "}]}",
        "Find objects in this image that could be removed (erased and filled with their background) without"
            + " changing the correct answer. Never choose an object the answer depends on. List the most obvious"
            + " and suitable objects to remove first.",
        "Propose " + REMOVALS + " objects, each with the box that encloses the whole object. " + boxes(),
        keep());
  }

  static String description(Sample sample) {
    return prompt(sample, true, "{\"descriptions\": [\"first description\", \"second description\", \"third description\"]}",
        "Write a description of the image that helps to answer the question: describe what matters for it,"
            + " such as the objects, their look, where they are and the setting. Never give the answer away:"
            + " do not state the correct answer, do not name the correct option, and do not state the fact the"
            + " question asks about. Describe the image only, in two to four sentences.",
        "Write " + ALTERNATIVES + " different descriptions.");
  }

  /** L1, L2 and L4; L3 is {@link #description}. */
  static String rewrite(QuestionStrategy strategy, Sample sample) {
    return switch (strategy) {
      case WORD_SUBSTITUTION -> questionRewrite(sample,
          "Rewrite the question by replacing some of its words (at least one) with synonyms. Keep its sentence"
              + " structure, its meaning and therefore its answer.");
      case REPHRASE -> questionRewrite(sample,
          "Rephrase the question as a whole, with new wording and sentence structure, so that it asks exactly the"
              + " same thing and its answer stays the same.");
      case IRRELEVANT_CONTEXT -> prompt(sample, false,
          "{\"contexts\": [\"first passage\", \"second passage\", \"third passage\"]}",
          "Write a short passage of two or three sentences that has nothing to do with this image or this"
              + " question. It will be put before the question as a distraction, so it must not describe anything"
              + " in the image, must not mention what the question asks about, and must not hint at any answer.",
          "Write " + ALTERNATIVES + " different passages.");
      case RELEVANT_CONTEXT -> description(sample);
    };
  }

  /**
   * The prompt again, after a reply that could not be used. It differs from the first ask (and from
   * every other ask) so that a response cache cannot serve the unusable reply again.
   */
  static String followUp(String prompt, String problem, int asksSoFar) {
    return prompt + "\n\nYour reply to ask " + asksSoFar + " could not be used: " + problem
        + "\nReply again with JSON only, in the format asked above.";
  }

  private static String questionRewrite(Sample sample, String task) {
    return prompt(sample, false, "{\"questions\": [\"first rewrite\", \"second rewrite\", \"third rewrite\"]}",
        task + " Keep names, numbers, quoted text and any instruction on how to answer (such as \"Please answer"
            + " yes or no.\") as they are. Do not add the options. The result must still be a question.",
        "Write " + ALTERNATIVES + " different rewrites.");
  }

  /**
   * Every prompt's frame: the image's size and the question (with the answer when told), the task, then
   * the JSON reply asked for.
   */
  private static String prompt(Sample sample, boolean withAnswer, String replyFormat, String... task) {
    List<String> lines = new ArrayList<>(List.of(size(sample.image()), question(sample, withAnswer), ""));
    lines.addAll(List.of(task));
    lines.addAll(List.of("", "Reply with JSON only, in this format:", replyFormat));
    return String.join("\n", lines);
  }

  private static String size(Image image) {
    return "The image is " + image.width() + " pixels wide and " + image.height() + " pixels high.";
  }

  private static String boxes() {
    return "A box is " + BOX + " in pixels of this image: (x_min, y_min) its upper left corner and (x_max, y_max)"
        + " its lower right corner, x counted from the left edge and y from the top edge.";
  }

  private static String keep() {
    return "Under \"keep\", list the boxes of the regions the answer depends on (what one must look at to answer)."
        + " The objects' boxes must stay clear of them.";
  }

  /** The question as asked, with its context and options, and the correct answer when it is to be told. */
  private static String question(Sample sample, boolean withAnswer) {
    StringBuilder text = new StringBuilder("A question is asked about this image.");
    if (!sample.context().isBlank()) {
      text.append("\nText given before the question: ").append(sample.context().strip());
    }
    text.append("\nQuestion: ").append(sample.question().strip());
    List<String> choices = sample.choices();
    if (!choices.isEmpty()) {
      text.append("\nOptions:");
      for (int i = 0; i < choices.size(); i++) {
        text.append("\n").append(OptionLetter.of(i)).append(". ").append(choices.get(i));
      }
    }
    if (withAnswer) {
      text.append("\nCorrect answer: ").append(answer(sample));
    }
    return text.toString();
  }

  private static String answer(Sample sample) {
    int index = OptionLetter.indexOf(sample.answer());
    if (sample.type() == TaskType.MULTIPLE_CHOICE && index >= 0 && index < sample.choices().size()) {
      return OptionLetter.of(index) + ". " + sample.choices().get(index);
    }
    return sample.answer().strip();
  }
}
