package dev.vlb.engine.result;

import java.util.Locale;

/**
 * The Wilson score 95% interval of a pass rate: unlike the normal approximation it stays inside [0, 1] and
 * is honest for small samples and rates near 0 or 1. The reports compute the same interval with Hipparchus;
 * the engine does not depend on it for one formula.
 */
record Wilson(double lower, double upper, long answered) {

  /** The standard normal quantile of 0.975. */
  private static final double Z = 1.959963984540054;

  /** Requires at least one answered variant. */
  static Wilson of(Tally tally) {
    long n = tally.answered();
    double p = tally.passRate();
    double z2 = Z * Z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = Z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return new Wilson(Math.max(0, centre - half), Math.min(1, centre + half), n);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Wilson 95%% [%.2f, %.2f], n = %d", lower, upper, answered);
  }
}
