package dev.vlb.engine.bootstrap.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.Strategy;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.StepMaker;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.apiguardian.api.API;

/**
 * The question strategies written by the planner LVLM, which sees the image: L1 and L2 reword the
 * question, L3 puts a description that helps without giving the answer before it, L4 unrelated
 * context. Context is added after any the sample already has.
 */
@API(status = INTERNAL, since = "0.1")
public final class PlannedRewrites implements StepMaker {

  private final Planner planner;

  private PlannedRewrites(Planner planner) {
    this.planner = planner;
  }

  public static PlannedRewrites create(Planner planner) {
    return new PlannedRewrites(planner);
  }

  @Override
  public String name() {
    return planner.name();
  }

  @Override
  public boolean supports(Strategy step, Sample input) {
    return step instanceof QuestionStrategy;
  }

  @Override
  public CompletionStage<Made> make(Strategy step, Sample input, long seed) {
    QuestionStrategy strategy = (QuestionStrategy) step;
    return planner.rewrite(strategy, input, seed)
        .thenApply(plan -> new Made(rewritten(strategy, input, plan.text()), Optional.of(PlannedEdits.recorded(plan)),
            Optional.empty()));
  }

  private static Sample rewritten(QuestionStrategy strategy, Sample input, String text) {
    return switch (strategy) {
      case WORD_SUBSTITUTION, REPHRASE -> input.withQuestion(text);
      case RELEVANT_CONTEXT, IRRELEVANT_CONTEXT -> input.withContext(
          input.context().isBlank() ? text : input.context().strip() + "\n" + text);
    };
  }
}
