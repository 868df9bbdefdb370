package dev.vlb.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

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
@API(status = EXPERIMENTAL, since = "0.1")
public record DatasetSource(String location, int limit, long seed, int imageMaxPixels, double outpaintRatio) {

  public DatasetSource {
    Objects.requireNonNull(location, "location");
  }
}
