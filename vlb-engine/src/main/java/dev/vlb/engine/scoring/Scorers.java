package dev.vlb.engine.scoring;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.VisionLanguageModel;
import java.util.Optional;
import org.apiguardian.api.API;

/** The scorer a benchmark's authors use for a task type. */
@API(status = INTERNAL, since = "0.1")
public final class Scorers {

  static final String NO_GRADER = "open-ended answers need a grader: set vlb.grader.url";

  private Scorers() {}

  /**
   * @param datasetId decides the grading prompt of open-ended items ({@code llava-bench} rates against
   *     the reference answer, every other dataset uses MM-Vet's few-shot prompt)
   * @param grader the grader model; without one, open-ended items are {@link Score.Kind#UNSCORED}
   * @param sendGraderImage whether the grader is sent the image as well as the text; the official
   *     protocols send only text
   */
  public static Scorer create(String datasetId, TaskType type, Optional<VisionLanguageModel> grader, boolean sendGraderImage) {
    return switch (type) {
      case YES_NO -> YesNoScorer.INSTANCE;
      case MULTIPLE_CHOICE -> ChoiceScorer.INSTANCE;
      case SHORT_ANSWER -> ShortAnswerScorer.INSTANCE;
      case OPEN_ENDED -> grader
          .<Scorer>map(model -> new GradedScorer(model, GradingPrompt.forDataset(datasetId), sendGraderImage))
          .orElse((sample, reply) -> Score.unscored(NO_GRADER));
    };
  }
}
