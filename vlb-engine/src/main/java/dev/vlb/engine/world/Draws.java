package dev.vlb.engine.world;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random choices: the same (seed, stream) always gives the same draws, on every JVM. */
final class Draws {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private Draws() {}

  /** An independent generator for one stream (an item number, an edit kind) of a seed. */
  static SplittableRandom random(long seed, long stream) {
    return new SplittableRandom(seed ^ (stream + 1) * GOLDEN_GAMMA);
  }

  static <T> T pick(List<T> values, SplittableRandom random) {
    return values.get(random.nextInt(values.size()));
  }

  static <T> T pick(T[] values, SplittableRandom random) {
    return values[random.nextInt(values.length)];
  }

  static <T> List<T> shuffled(List<T> values, SplittableRandom random) {
    List<T> copy = new ArrayList<>(values);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swap = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, swap);
    }
    return copy;
  }
}
