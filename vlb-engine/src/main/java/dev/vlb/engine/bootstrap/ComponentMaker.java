package dev.vlb.engine.bootstrap;

import dev.vlb.api.Strategy;
import dev.vlb.api.spi.Sample;
import java.util.concurrent.CompletionStage;
import java.util.function.BiPredicate;

/**
 * A suite's or dataset's editor or rewriter as a maker of the strategies of its kind; it records
 * nothing beyond the sample it makes.
 *
 * @param name the component's class, as recorded with the steps it makes
 * @param kind {@code ImageStrategy} for an editor, {@code QuestionStrategy} for a rewriter
 */
record ComponentMaker<S extends Strategy>(String name, Class<S> kind, BiPredicate<S, Sample> supported, Making<S> making)
    implements StepMaker {

  /** The component's asynchronous method. */
  interface Making<S> {
    CompletionStage<Sample> make(S strategy, Sample input, long seed);
  }

  @Override
  public boolean supports(Strategy step, Sample input) {
    return kind.isInstance(step) && supported.test(kind.cast(step), input);
  }

  @Override
  public CompletionStage<Made> make(Strategy step, Sample input, long seed) {
    return making.make(kind.cast(step), input, seed).thenApply(Made::of);
  }
}
