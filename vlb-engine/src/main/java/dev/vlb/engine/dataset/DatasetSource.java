package dev.vlb.engine.dataset;

import dev.vlb.engine.configuration.EngineConfiguration;
import java.util.Objects;

/**
 * What a suite asks of a dataset.
 *
 * @param location the {@code source} of {@code @Benchmark}: a path relative to the working directory,
 *     or {@code classpath:...}; empty when the dataset needs none (the synthetic world)
 * @param limit at most this many items, 0 for all; datasets that generate items use it as the count
 * @param seed the suite's seed
 * @param imageMaxPixels the largest image, in pixels, that may be decoded ({@code vlb.image.max-pixels})
 * @param outpaintRatio the canvas scale of V3 ({@code vlb.outpaint.ratio})
 */
public record DatasetSource(String location, int limit, long seed, int imageMaxPixels, double outpaintRatio) {

  public DatasetSource {
    Objects.requireNonNull(location, "location");
  }

  /** The run-wide options taken from the run's configuration. */
  public static DatasetSource of(String location, int limit, long seed, EngineConfiguration configuration) {
    return new DatasetSource(location, limit, seed, configuration.imageMaxPixels(), configuration.outpaintRatio());
  }
}
