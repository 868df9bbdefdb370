package dev.vlb.engine.scoring;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.Sample;
import org.apiguardian.api.API;

/** Scores a model's reply to a sample the way the benchmark's authors do. */
@API(status = INTERNAL, since = "0.1")
public interface Scorer {

  /**
   * @throws RuntimeException only for infrastructure failures (a grader endpoint down); a reply that
   *     cannot be understood is {@link Score#wrong} with reason {@code unparseable}
   */
  Score score(Sample sample, String reply);
}
