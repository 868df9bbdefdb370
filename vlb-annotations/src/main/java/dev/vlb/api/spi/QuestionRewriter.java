package dev.vlb.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.vlb.api.QuestionStrategy;
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
}
