package dev.vlb.engine.bootstrap;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.Strategy;
import dev.vlb.api.spi.Judge;
import dev.vlb.api.spi.Sample;
import dev.vlb.api.spi.Verdict;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.apiguardian.api.API;

/**
 * Who judges each bootstrapping step: one judge for every step (the dataset's exact oracle, or the
 * suite's own), or else a judge of question rewrites for L1 and L2 only, every other step going
 * unjudged and labelled so.
 */
@API(status = INTERNAL, since = "0.1")
public final class StepJudges {

  private static final StepJudges NONE = new StepJudges(Optional.empty(), Optional.empty());

  private final Optional<Judge> everyStep;
  private final Optional<Judge> rewrites;

  private StepJudges(Optional<Judge> everyStep, Optional<Judge> rewrites) {
    this.everyStep = everyStep;
    this.rewrites = rewrites;
  }

  /** The same judge for every step, or none at all. */
  public static StepJudges everyStep(Optional<Judge> judge) {
    return judge.isPresent() ? new StepJudges(judge, Optional.empty()) : NONE;
  }

  /** A judge of rewritten questions for L1 and L2; no judge for the other steps. */
  public static StepJudges rewritesOnly(Judge judge) {
    return new StepJudges(Optional.empty(), Optional.of(judge));
  }

  /** As recorded with results, e.g. {@code oracle} or {@code text (...) for L1, L2}; {@code none}. */
  public String name() {
    return everyStep.map(Judge::name).or(() -> rewrites.map(judge -> judge.name() + " for L1, L2")).orElse("none");
  }

  boolean judges(Strategy step) {
    return everyStep.isPresent() || rewrites.isPresent() && isRewrite(step);
  }

  /**
   * The verdict on one step that turned {@code input} into {@code candidate}, completed later by a remote
   * judge. A judge of rewrites sees the original's text beside the candidate's, over the image the step
   * started from: the step changed the text only, and an earlier image step (V3 before L1) is not its to
   * judge.
   */
  CompletionStage<Verdict> judge(Strategy step, Sample original, Sample input, Sample candidate) {
    if (everyStep.isPresent()) {
      return everyStep.get().judgeAsync(original, candidate);
    }
    return rewrites.orElseThrow().judgeAsync(original.withImage(input.image(), input.scene()), candidate);
  }

  private static boolean isRewrite(Strategy step) {
    return step == QuestionStrategy.WORD_SUBSTITUTION || step == QuestionStrategy.REPHRASE;
  }
}
