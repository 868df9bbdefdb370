package dev.vlb.engine.scoring;

import dev.vlb.api.spi.Sample;

/** Scores a model's reply to a sample the way the benchmark's authors do. */
public interface Scorer {

  /**
   * @throws RuntimeException only for infrastructure failures (a grader endpoint down); a reply that
   *     cannot be understood is {@link Score#wrong} with reason {@code unparseable}
   */
  Score score(Sample sample, String reply);
}
