package dev.vlb.engine.contamination.semantic;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.ModelQuery;
import dev.vlb.api.spi.OptionLetter;
import dev.vlb.api.spi.Sample;
import dev.vlb.api.spi.VisionLanguageModel;
import dev.vlb.engine.contamination.semantic.ImageTextVerdict.Outcome;
import dev.vlb.engine.judge.ModelJudge;
import dev.vlb.engine.judge.YesNoReply;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.apiguardian.api.API;

/**
 * Image-text contamination, the VLB paper's second check, for a pair the image check flagged: an LVLM
 * is shown the corpus image with the question and asked whether that image and its caption give away
 * the benchmark question's answer.
 *
 * <p>The reply is read as strictly as the engine's judge reads its own: the first word, case ignored and
 * punctuation around it stripped, must be {@code yes} or {@code no}; the rest is the reason. Any other
 * reply is {@link Outcome#UNREADABLE_REPLY}, never taken for either. A failed model call fails the check
 * with the model's own failure: an infrastructure error, never a clean result.
 */
@API(status = INTERNAL, since = "0.1")
public final class ImageTextCheck {

  /** The version of the prompt and the reading of replies; change it whenever either changes. */
  public static final String PROMPT_VERSION = "image-text-contamination/1";

  /** How much of an unreadable reply, or of a reason, a verdict keeps. */
  static final int QUOTED = 300;


  private final VisionLanguageModel model;

  private ImageTextCheck(VisionLanguageModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /** A check that asks {@code model}; closing the model stays with its owner. */
  public static ImageTextCheck over(VisionLanguageModel model) {
    return new ImageTextCheck(model);
  }

  /**
   * Whether {@code corpusImage} with {@code caption} gives away the answer to {@code benchmark}.
   *
   * @param caption the corpus image's caption; empty when it has none
   */
  public CompletableFuture<ImageTextVerdict> check(Sample benchmark, Image corpusImage, String caption) {
    ModelQuery query = new ModelQuery(corpusImage, prompt(benchmark, caption));
    return model.ask(query).toCompletableFuture().thenApply(reply -> read(reply.text()));
  }

  static String prompt(Sample benchmark, String caption) {
    StringBuilder prompt = new StringBuilder()
        .append("You check whether a vision-language benchmark leaked into a model's training data. The image shown ")
        .append("comes from a pre-training corpus, with this caption:\n")
        .append(caption.isBlank() ? "(no caption)" : caption.strip()).append("\n\nThe benchmark question:\n");
    if (!benchmark.context().isBlank()) {
      prompt.append("Context: ").append(benchmark.context().strip()).append('\n');
    }
    prompt.append("Question: ").append(benchmark.question().strip()).append('\n');
    List<String> choices = benchmark.choices();
    for (int i = 0; i < choices.size(); i++) {
      prompt.append(OptionLetter.of(i)).append(". ").append(choices.get(i)).append('\n');
    }
    return prompt.append("Correct answer: ").append(ModelJudge.statedAnswer(benchmark)).append("\n\n")
        .append("Would someone who saw only this image and its caption answer the question correctly: does the pair ")
        .append("show or state what the question asks about, so that the answer can be read off it? ")
        .append("Reply with Yes or No as your first word, then one short sentence saying why.")
        .toString();
  }

  static ImageTextVerdict read(String text) {
    YesNoReply reply = YesNoReply.read(text);
    return switch (reply.word()) {
      case YES -> new ImageTextVerdict(Outcome.CONTAMINATED, YesNoReply.shortened(reply.reason(), QUOTED));
      case NO -> new ImageTextVerdict(Outcome.CLEAN, YesNoReply.shortened(reply.reason(), QUOTED));
      case NEITHER -> new ImageTextVerdict(Outcome.UNREADABLE_REPLY, YesNoReply.shortened(reply.text(), QUOTED));
    };
  }
}
