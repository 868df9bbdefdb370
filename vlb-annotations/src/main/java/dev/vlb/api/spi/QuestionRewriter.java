package dev.vlb.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.vlb.api.QuestionStrategy;
import java.util.concurrent.CompletionStage;
import org.apiguardian.api.API;

/**
 * Applies a question strategy (L1-L4) to a sample: L1 and L2 rewrite {@link Sample#question()}, L3 and
 * L4 add to {@link Sample#context()}. Image, choices and answer stay as they are.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface QuestionRewriter {

  boolean supports(QuestionStrategy strategy, Sample sample);

  /**
   * Returns the rewritten sample; the seed differs per attempt.
   *
   * @throws CannotBootstrapException when no rewrite fits this sample
   */
  Sample rewrite(QuestionStrategy strategy, Sample sample, long seed);

  /**
   * The rewrite as a stage, for a rewriter that calls a server: the engine calls this on one of its
   * worker threads, and an override that returns before the server answers keeps that thread free. By
   * default it runs {@link #rewrite} on the calling thread.
   */
  default CompletionStage<Sample> rewriteAsync(QuestionStrategy strategy, Sample sample, long seed) {
    return Stages.now(() -> rewrite(strategy, sample, seed));
  }
}
