package dev.vlb.reports.stats;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.hipparchus.stat.interval.BinomialProportion;
import org.hipparchus.stat.interval.ConfidenceInterval;

/** A confidence interval of a pass rate, bounds as fractions in [0, 1]. */
@API(status = EXPERIMENTAL, since = "0.1")
public record Interval(double lower, double upper, double confidence) {

  /** The confidence level of every interval in the reports. */
  public static final double CONFIDENCE = 0.95;

  /**
   * The Wilson score interval of {@code passed} successes in {@code answered} trials: unlike the normal
   * approximation it stays inside [0, 1] and is honest for rates near 0% or 100% and small samples.
   * Empty when nothing was answered.
   */
  public static Optional<Interval> wilson(long passed, long answered, double confidence) {
    if (answered == 0) {
      return Optional.empty();
    }
    ConfidenceInterval interval = BinomialProportion.getWilsonScoreInterval(
        Math.toIntExact(answered), (double) passed / answered, confidence);
    return Optional.of(new Interval(interval.getLowerBound(), interval.getUpperBound(), confidence));
  }
}
