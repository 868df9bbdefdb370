package dev.vlb.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.GroundTruth;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.dataset.ImageCaption;
import dev.vlb.engine.fixtures.CannedModel;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GradedScorerTests {

  private static Sample openEnded(GroundTruth scene) {
    return new Sample("v1_0", ScorersTests.IMAGE, "", "What is x in the equation?", List.of(), "-1 <AND> -5", TaskType.OPEN_ENDED, scene);
  }

  @Test
  void gradesWithTheMmVetFewShotPrompt() {
    CannedModel grader = CannedModel.replying("0.5");

    Score score = Scorers.create("mmvet", TaskType.OPEN_ENDED, Optional.of(grader), false).score(openEnded(null), "x = -1");

    assertThat(score).isEqualTo(new Score(Score.Kind.CORRECT, 0.5, "", "grader correctness 0.5", Map.of("score", 0.5)));
    assertThat(grader.queries().get(0).image()).isEmpty();
    assertThat(grader.queries().get(0).prompt())
        .startsWith("Compare the ground truth and prediction from AI models")
        .contains("What is x in the equation? | -1 <AND> -5 | x = -1 or x = -5 | 1.0\n")
        .endsWith("\nWhat is x in the equation? | -1 <AND> -5 | x = -1 | ");
  }

  @Test
  void gradesBelowOneHalfAsWrong() {
    Scorer scorer = Scorers.create("mmvet", TaskType.OPEN_ENDED, Optional.of(CannedModel.replying("0.4 partially right")), false);

    Score score = scorer.score(openEnded(null), "x");

    assertThat(score.kind()).isEqualTo(Score.Kind.WRONG);
    assertThat(score.value()).isEqualTo(0.4);
  }

  @Test
  void gradesLlavaBenchRelativeToTheReferenceAnswer() {
    CannedModel grader = CannedModel.replying("8 6\nAssistant 2 is less detailed.");
    Sample sample = openEnded(new ImageCaption("An equation on a blackboard."));

    Score score = Scorers.create("llava-bench", TaskType.OPEN_ENDED, Optional.of(grader), false).score(sample, "x is -1");

    assertThat(score).isEqualTo(new Score(Score.Kind.CORRECT, 0.75, "", "grader rated the reference 8.0 and the answer 6.0",
        Map.of("reference", 8.0, "answer", 6.0)));
    assertThat(grader.queries().get(0).image()).isEmpty();
    assertThat(grader.queries().get(0).prompt())
        .startsWith("[Context]\nAn equation on a blackboard.\n\n[Question]\nWhat is x in the equation?\n\n[Assistant 1]\n-1 <AND> -5")
        .contains("[Assistant 2]\nx is -1\n\n[End of Assistant 2]")
        .contains("two AI assistants");
  }

  @Test
  void sendsTheImageTooWhenAskedTo() {
    CannedModel grader = CannedModel.replying("0.5");

    Scorers.create("mmvet", TaskType.OPEN_ENDED, Optional.of(grader), true).score(openEnded(null), "x = -1");

    assertThat(grader.queries().get(0).image()).contains(ScorersTests.IMAGE);
  }

  @Test
  void throwsWithAnExcerptWhenTheGraderGivesNoScore() {
    Scorer scorer = Scorers.create("mmvet", TaskType.OPEN_ENDED, Optional.of(CannedModel.replying("I refuse to grade this.")), false);

    assertThatThrownBy(() -> scorer.score(openEnded(null), "x"))
        .isInstanceOf(GradingException.class)
        .hasMessage("Grader canned-vlm gave no score for sample v1_0: 'I refuse to grade this.'");
  }

  @Test
  void throwsWhenTheGraderFails() {
    CannedModel failing = CannedModel.failing(new IOException("HTTP 503"));
    Scorer scorer = Scorers.create("mmvet", TaskType.OPEN_ENDED, Optional.of(failing), false);

    assertThatThrownBy(() -> scorer.score(openEnded(null), "x"))
        .isInstanceOf(GradingException.class)
        .hasMessage("Grader canned-vlm failed on sample v1_0: HTTP 503")
        .hasCauseInstanceOf(IOException.class);
  }
}
