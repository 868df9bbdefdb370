package dev.vlb.engine.dataset;

import dev.vlb.engine.configuration.Settings;
import java.util.Objects;

/**
 * What a suite asks of a dataset.
 *
 * @param location the {@code source} of {@code @Benchmark}: a path relative to the working directory,
 *     or {@code classpath:...}; empty when the dataset needs none (the synthetic world)
 * @param limit at most this many items, 0 for all; datasets that generate items use it as the count
 * @param seed the suite's seed
 */
public record DatasetSource(String location, int limit, long seed, Settings settings) {

  public DatasetSource {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(settings, "settings");
  }
}
