package dev.vlb.engine.bootstrap.question;

import java.util.Random;
import java.util.SplittableRandom;

/** Random choices that depend only on the attempt's seed. */
final class Seeds {

  private Seeds() {}

  /**
   * A generator for one rewrite. The seed is mixed first: {@link Random} alone makes nearly the same
   * first choice for neighbouring seeds, and attempts use neighbouring seeds.
   */
  static Random random(long seed) {
    return new Random(new SplittableRandom(seed).nextLong());
  }
}
