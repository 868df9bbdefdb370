package dev.vlb.engine.contamination.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.ModelQuery;
import dev.vlb.api.spi.ModelReply;
import dev.vlb.api.spi.Sample;
import dev.vlb.api.spi.VisionLanguageModel;
import dev.vlb.engine.contamination.semantic.ImageTextVerdict.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A flagged pair put to an LVLM, and its reply read strictly. */
class ImageTextCheckTests {

  private static final Image CORPUS_IMAGE = Image.png(new byte[] {(byte) 0x89, 'P', 'N', 'G', 1}, 640, 480);
  private static final Sample QUESTION = new Sample("mmbench-17", Image.png(new byte[] {(byte) 0x89, 'P', 'N', 'G', 2}, 32, 32),
      "A photo taken in a park.", "How many dogs are on the bench?", List.of("one", "two", "three"), "B",
      TaskType.MULTIPLE_CHOICE, null);

  @Test
  void showsTheCorpusImageAndAsksWhetherItAndItsCaptionGiveAwayTheAnswer() {
    Answering model = new Answering("No, the caption names no dogs.");

    join(ImageTextCheck.over(model).check(QUESTION, CORPUS_IMAGE, "  Two dogs resting on a park bench. "));

    assertThat(model.queries).hasSize(1);
    assertThat(model.queries.get(0).image()).isEqualTo(Optional.of(CORPUS_IMAGE));
    assertThat(model.queries.get(0).prompt()).isEqualTo("""
        You check whether a vision-language benchmark leaked into a model's training data. The image shown comes from \
        a pre-training corpus, with this caption:
        Two dogs resting on a park bench.

        The benchmark question:
        Context: A photo taken in a park.
        Question: How many dogs are on the bench?
        A. one
        B. two
        C. three
        Correct answer: B. two

        Would someone who saw only this image and its caption answer the question correctly: does the pair show or \
        state what the question asks about, so that the answer can be read off it? Reply with Yes or No as your first \
        word, then one short sentence saying why.""");
  }

  @Test
  void aCorpusImageWithoutCaptionSaysSo() {
    Answering model = new Answering("no");
    Sample open = new Sample("vqa-3", QUESTION.image(), "", "What colour is the bus?", List.of(), "red", TaskType.SHORT_ANSWER, null);

    join(ImageTextCheck.over(model).check(open, CORPUS_IMAGE, ""));

    assertThat(model.queries.get(0).prompt())
        .contains("with this caption:\n(no caption)\n\nThe benchmark question:\nQuestion: What colour is the bus?\nCorrect answer: red\n\n");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Yes. The caption says two dogs sit on the bench. | CONTAMINATED     | The caption says two dogs sit on the bench.",
      "**Yes** - both dogs are plainly visible          | CONTAMINATED     | both dogs are plainly visible",
      "no,  the image shows a beach                      | CLEAN            | the image shows a beach",
      "No                                                | CLEAN            | ''",
      "The answer is yes.                                | UNREADABLE_REPLY | The answer is yes.",
      "Yes/No                                            | UNREADABLE_REPLY | Yes/No",
      "''                                                | UNREADABLE_REPLY | ''"})
  void readsOnlyAFirstWordOfYesOrNo(String reply, Outcome outcome, String reason) {
    ImageTextVerdict verdict = join(ImageTextCheck.over(new Answering(reply)).check(QUESTION, CORPUS_IMAGE, "caption"));

    assertThat(verdict).isEqualTo(new ImageTextVerdict(outcome, reason));
    assertThat(verdict.contaminated()).isEqualTo(outcome == Outcome.CONTAMINATED);
  }

  @Test
  void aFailedModelCallFailsTheCheckWithTheModelsFailure() {
    UncheckedIOException down = new UncheckedIOException(new IOException("HTTP 503 from http://gpu-1:8000/v1/chat/completions"));
    VisionLanguageModel broken = new VisionLanguageModel() {
      @Override
      public String name() {
        return "broken";
      }

      @Override
      public CompletionStage<ModelReply> ask(ModelQuery query) {
        return CompletableFuture.failedFuture(down);
      }
    };

    assertThatThrownBy(() -> join(ImageTextCheck.over(broken).check(QUESTION, CORPUS_IMAGE, "caption"))).isSameAs(down);
  }

  private static ImageTextVerdict join(CompletableFuture<ImageTextVerdict> verdict) {
    try {
      return verdict.orTimeout(10, TimeUnit.SECONDS).join();
    } catch (CompletionException e) {
      throw (RuntimeException) e.getCause();
    }
  }

  /** Gives one reply to every query, keeping the queries. */
  private static final class Answering implements VisionLanguageModel {

    private final String reply;
    private final List<ModelQuery> queries = new ArrayList<>();

    Answering(String reply) {
      this.reply = reply;
    }

    @Override
    public String name() {
      return "answering";
    }

    @Override
    public CompletionStage<ModelReply> ask(ModelQuery query) {
      queries.add(query);
      return CompletableFuture.completedFuture(ModelReply.of(reply, Duration.ofMillis(1)));
    }
  }
}
