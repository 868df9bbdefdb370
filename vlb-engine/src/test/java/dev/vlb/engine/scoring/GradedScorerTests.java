package dev.vlb.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.GroundTruth;
import dev.vlb.api.spi.ModelQuery;
import dev.vlb.api.spi.ModelReply;
import dev.vlb.api.spi.Sample;
import dev.vlb.api.spi.VisionLanguageModel;
import dev.vlb.engine.dataset.ImageCaption;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class GradedScorerTests {

  /** A grader that answers with canned text (or fails) and records what it was asked. */
  private static final class CannedGrader implements VisionLanguageModel {
    final List<ModelQuery> queries = new ArrayList<>();
    private final CompletableFuture<ModelReply> reply;

    CannedGrader(String text) {
      reply = CompletableFuture.completedFuture(ModelReply.of(text, Duration.ofMillis(5)));
    }

    CannedGrader(Throwable failure) {
      reply = CompletableFuture.failedFuture(failure);
    }

    @Override
    public String name() {
      return "grader@loopback";
    }

    @Override
    public CompletionStage<ModelReply> ask(ModelQuery query) {
      queries.add(query);
      return reply;
    }
  }

  private static Sample openEnded(GroundTruth scene) {
    return new Sample("v1_0", ScorersTests.IMAGE, "", "What is x in the equation?", List.of(), "-1 <AND> -5", TaskType.OPEN_ENDED, scene);
  }

  @Test
  void gradesWithTheMmVetFewShotPrompt() {
    CannedGrader grader = new CannedGrader("0.5");

    Score score = Scorers.create("mmvet", TaskType.OPEN_ENDED, Optional.of(grader), false).score(openEnded(null), "x = -1");

    assertThat(score).isEqualTo(new Score(Score.Kind.CORRECT, 0.5, "", "grader correctness 0.5"));
    assertThat(grader.queries.get(0).image()).isEmpty();
    assertThat(grader.queries.get(0).prompt())
        .startsWith("Compare the ground truth and prediction from AI models")
        .contains("What is x in the equation? | -1 <AND> -5 | x = -1 or x = -5 | 1.0\n")
        .endsWith("\nWhat is x in the equation? | -1 <AND> -5 | x = -1 | ");
  }

  @Test
  void gradesBelowOneHalfAsWrong() {
    Scorer scorer = Scorers.create("mmvet", TaskType.OPEN_ENDED, Optional.of(new CannedGrader("0.4 partially right")), false);

    Score score = scorer.score(openEnded(null), "x");

    assertThat(score.kind()).isEqualTo(Score.Kind.WRONG);
    assertThat(score.value()).isEqualTo(0.4);
  }

  @Test
  void gradesLlavaBenchRelativeToTheReferenceAnswer() {
    CannedGrader grader = new CannedGrader("8 6\nAssistant 2 is less detailed.");
    Sample sample = openEnded(new ImageCaption("An equation on a blackboard."));

    Score score = Scorers.create("llava-bench", TaskType.OPEN_ENDED, Optional.of(grader), false).score(sample, "x is -1");

    assertThat(score).isEqualTo(new Score(Score.Kind.CORRECT, 0.75, "", "grader rated the reference 8.0 and the answer 6.0"));
    assertThat(grader.queries.get(0).image()).isEmpty();
    assertThat(grader.queries.get(0).prompt())
        .startsWith("[Context]\nAn equation on a blackboard.\n\n[Question]\nWhat is x in the equation?\n\n[Assistant 1]\n-1 <AND> -5")
        .contains("[Assistant 2]\nx is -1\n\n[End of Assistant 2]")
        .contains("two AI assistants");
  }

  @Test
  void sendsTheImageTooWhenAskedTo() {
    CannedGrader grader = new CannedGrader("0.5");

    Scorers.create("mmvet", TaskType.OPEN_ENDED, Optional.of(grader), true).score(openEnded(null), "x = -1");

    assertThat(grader.queries.get(0).image()).contains(ScorersTests.IMAGE);
  }

  @Test
  void throwsWithAnExcerptWhenTheGraderGivesNoScore() {
    Scorer scorer = Scorers.create("mmvet", TaskType.OPEN_ENDED, Optional.of(new CannedGrader("I refuse to grade this.")), false);

    assertThatThrownBy(() -> scorer.score(openEnded(null), "x"))
        .isInstanceOf(GradingException.class)
        .hasMessage("Grader grader@loopback gave no score for sample v1_0: 'I refuse to grade this.'");
  }

  @Test
  void throwsWhenTheGraderFails() {
    CannedGrader failing = new CannedGrader(new IOException("HTTP 503"));
    Scorer scorer = Scorers.create("mmvet", TaskType.OPEN_ENDED, Optional.of(failing), false);

    assertThatThrownBy(() -> scorer.score(openEnded(null), "x"))
        .isInstanceOf(GradingException.class)
        .hasMessage("Grader grader@loopback failed on sample v1_0: HTTP 503")
        .hasCauseInstanceOf(IOException.class);
  }
}
