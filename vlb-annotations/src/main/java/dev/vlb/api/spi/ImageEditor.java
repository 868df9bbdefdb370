package dev.vlb.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.vlb.api.ImageStrategy;
import java.util.concurrent.CompletionStage;
import org.apiguardian.api.API;

/** Applies an image strategy (V1-V3) to a sample, keeping its question and answer. */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ImageEditor {

  /** Whether this editor can apply the strategy to this sample at all. */
  boolean supports(ImageStrategy strategy, Sample sample);

  /**
   * Returns the edited sample. The seed differs per attempt, so a regeneration after a judge's
   * rejection makes a different edit.
   *
   * @throws CannotBootstrapException when no edit fits this sample (e.g. nothing can be removed)
   */
  Sample edit(ImageStrategy strategy, Sample sample, long seed);

  /**
   * The edit as a stage, for an editor that calls a server: the engine calls this on one of its worker
   * threads, and an override that returns before the server answers keeps that thread free. By default
   * it runs {@link #edit} on the calling thread.
   */
  default CompletionStage<Sample> editAsync(ImageStrategy strategy, Sample sample, long seed) {
    return Stages.now(() -> edit(strategy, sample, seed));
  }
}
