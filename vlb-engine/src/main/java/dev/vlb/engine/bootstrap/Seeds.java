package dev.vlb.engine.bootstrap;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Random;
import java.util.SplittableRandom;
import org.apiguardian.api.API;

/** Derives independent, reproducible seeds from a base seed and stable inputs (SplitMix64 finaliser). */
@API(status = INTERNAL, since = "0.1")
public final class Seeds {

  private Seeds() {}

  public static long mix(long seed, long... parts) {
    long h = seed;
    for (long part : parts) {
      h = finalise(h ^ finalise(part + 0x9E3779B97F4A7C15L));
    }
    return h;
  }

  /**
   * A generator for one bootstrap step. The seed is mixed first: {@link Random} alone makes nearly the
   * same first choice for neighbouring seeds.
   */
  public static Random random(long seed) {
    return new Random(new SplittableRandom(seed).nextLong());
  }

  private static long finalise(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
