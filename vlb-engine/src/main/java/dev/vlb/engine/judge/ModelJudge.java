package dev.vlb.engine.judge;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Judge;
import dev.vlb.api.spi.ModelQuery;
import dev.vlb.api.spi.OptionLetter;
import dev.vlb.api.spi.Sample;
import dev.vlb.api.spi.Verdict;
import dev.vlb.api.spi.VisionLanguageModel;
import dev.vlb.engine.bootstrap.image.Montage;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.apiguardian.api.API;

/**
 * The VLB method's judge: an LVLM (the paper used InternVL-2) is shown the original and the variant,
 * pictures and text, and asked whether the original's answer is still the correct one for the variant.
 * A query carries one image, so both pictures are composed into one {@link Montage}, each under its label
 * ({@value #ORIGINAL}, {@value #VARIANT}); when the picture did not change (a text-only step: same
 * bytes), it is sent once.
 *
 * <p>The reply is read strictly: its first word, case ignored and punctuation around it stripped, must be
 * {@code yes} (accept) or {@code no} (reject); the rest, if any, is the judge's reason. Anything else
 * ("The answer is yes", "Yes/No", an empty reply) rejects the variant as an unparseable reply, never
 * accepts it. A failed model call is an infrastructure error and propagates as it is, never a rejection.
 */
@API(status = INTERNAL, since = "0.1")
public final class ModelJudge implements Judge {

  /**
   * The version of the prompt, the picture layout and the reading of replies: stored verdicts are keyed
   * on it, so change it whenever any of them changes.
   */
  public static final String PROMPT_VERSION = "lvlm-judge/1";

  static final String ORIGINAL = "ORIGINAL";
  static final String VARIANT = "VARIANT";

  /** How much of an unparseable reply a rejection quotes. */
  static final int QUOTED_REPLY = 80;
  /** How much of the judge's own reason a verdict keeps; replies may ramble on. */
  static final int MAX_REASON = 300;


  private final VisionLanguageModel model;

  private ModelJudge(VisionLanguageModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /** A judge that asks {@code model}; closing the model stays with its owner. */
  public static ModelJudge over(VisionLanguageModel model) {
    return new ModelJudge(model);
  }

  @Override
  public String name() {
    return "lvlm (" + model.name() + ")";
  }

  /**
   * The judge's verdict on the variant. Composing the pictures happens on the calling thread (a few
   * milliseconds); the model is never waited for. The stage fails with the model's own failure when its
   * call fails, and with an {@link IllegalArgumentException} when a picture is neither PNG nor JPEG.
   */
  @Override
  public CompletionStage<Verdict> judgeAsync(Sample original, Sample variant) {
    ModelQuery query;
    try {
      query = query(original, variant);
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(e);
    }
    return model.ask(query).thenApply(reply -> read(reply.text()));
  }

  /**
   * {@link #judgeAsync} waited for: a failure is thrown as it is when unchecked, or else inside the
   * {@link CompletionException} that carries it.
   */
  @Override
  public Verdict judge(Sample original, Sample variant) {
    try {
      return judgeAsync(original, variant).toCompletableFuture().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  static ModelQuery query(Sample original, Sample variant) {
    boolean samePicture = original.image().equals(variant.image());
    return new ModelQuery(
        samePicture ? variant.image() : Montage.of(ORIGINAL, original.image(), VARIANT, variant.image()),
        prompt(original, variant, samePicture));
  }

  static String prompt(Sample original, Sample variant, boolean samePicture) {
    String answer = statedAnswer(original);
    return "You check a test question of a vision-language benchmark. The " + VARIANT + " below was made from the "
        + ORIGINAL + " by editing its picture, its wording or its context, and must keep the " + ORIGINAL
        + "'s correct answer.\n"
        + (samePicture
            ? "The picture is the same for both; only the text changed.\n"
            : "The image shows both pictures, each under its label: " + ORIGINAL + " and " + VARIANT + ".\n")
        + "\n" + ORIGINAL + "\n" + text(original) + "Correct answer: " + answer + "\n"
        + "\n" + VARIANT + "\n" + text(variant)
        + "\nIs \"" + answer + "\" still the correct answer to the " + VARIANT + " question about the " + VARIANT
        + " picture? It is not if something the question is about was removed, added, covered, moved, or changed in "
        + "colour, shape, size or number; if the " + VARIANT + " asks something different; or if its context states "
        + "the answer outright or contradicts the picture.\n"
        + "Reply with Yes or No as your first word, then one short sentence saying why.";
  }

  private static String text(Sample sample) {
    StringBuilder text = new StringBuilder();
    if (!sample.context().isBlank()) {
      text.append("Context: ").append(sample.context().strip()).append('\n');
    }
    text.append("Question: ").append(sample.question().strip()).append('\n');
    List<String> choices = sample.choices();
    if (!choices.isEmpty()) {
      text.append("Options:\n");
      for (int i = 0; i < choices.size(); i++) {
        text.append(OptionLetter.of(i)).append(". ").append(choices.get(i)).append('\n');
      }
    }
    return text.toString();
  }

  /**
   * The answer as a judge's prompt states it: a multiple-choice letter with its option, "A. red", so
   * that the letter alone is never all the judge sees.
   */
  public static String statedAnswer(Sample sample) {
    int index = OptionLetter.indexOf(sample.answer());
    return sample.type() == TaskType.MULTIPLE_CHOICE && index >= 0 && index < sample.choices().size()
        ? OptionLetter.of(index) + ". " + sample.choices().get(index)
        : sample.answer().strip();
  }

  /** The verdict a reply states; see the class comment for the strict format. */
  static Verdict read(String text) {
    YesNoReply reply = YesNoReply.read(text);
    String why = reply.reason().isEmpty() ? "" : ": " + YesNoReply.shortened(reply.reason(), MAX_REASON);
    return switch (reply.word()) {
      case YES -> Verdict.accept("judge said yes" + why);
      case NO -> Verdict.reject("judge said no" + why);
      case NEITHER -> Verdict.reject(
          "unparseable judge reply: '" + reply.text().substring(0, Math.min(QUOTED_REPLY, reply.text().length())) + "'");
    };
  }
}
