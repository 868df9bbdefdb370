package dev.vlb.reports.gate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * The rules {@code vlb:check} judges a run by. A rule acts only on rows of at least {@code minSample}
 * answered variants: below that, a pass rate says more about chance than about the model.
 *
 * @param minPassRate the least pass rate overall, of vanilla and each strategy alone, and of each level;
 *     empty for no such rule
 * @param maxDrop the most a strategy alone or a level may fall below vanilla; empty for no such rule
 * @param minSample the fewest answered variants a row needs to be judged
 * @param passRateOn whether the minimum pass rate applies to the point estimate or to the lower bound of
 *     its Wilson 95% interval (the rate the run shows with 95% confidence)
 * @param alpha the significance level of McNemar's test against a baseline run
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CheckRules(OptionalDouble minPassRate, OptionalDouble maxDrop, int minSample, PassRateOn passRateOn,
    double alpha) {

  /** The fewest answered variants a row needs, unless set. */
  public static final int MIN_SAMPLE = 30;

  public CheckRules {
    minPassRate.ifPresent(value -> fraction("vlb.gate.min-pass-rate", value));
    maxDrop.ifPresent(value -> fraction("vlb.gate.max-drop", value));
    if (minSample < 1) {
      throw new IllegalArgumentException("vlb.gate.min-sample must be at least 1, was " + minSample);
    }
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("vlb.gate.alpha must be between 0 and 1, was " + alpha);
    }
  }

  /** Only the rules that always hold: a complete evaluation, of at least {@value #MIN_SAMPLE} answered variants. */
  public static CheckRules defaults() {
    return new CheckRules(OptionalDouble.empty(), OptionalDouble.empty(), MIN_SAMPLE, PassRateOn.POINT, 0.05);
  }

  public CheckRules withMinPassRate(double value) {
    return new CheckRules(OptionalDouble.of(value), maxDrop, minSample, passRateOn, alpha);
  }

  public CheckRules withMaxDrop(double value) {
    return new CheckRules(minPassRate, OptionalDouble.of(value), minSample, passRateOn, alpha);
  }

  public CheckRules withMinSample(int value) {
    return new CheckRules(minPassRate, maxDrop, value, passRateOn, alpha);
  }

  public CheckRules withPassRateOn(PassRateOn value) {
    return new CheckRules(minPassRate, maxDrop, minSample, value, alpha);
  }

  public CheckRules withAlpha(double value) {
    return new CheckRules(minPassRate, maxDrop, minSample, passRateOn, value);
  }

  private static void fraction(String key, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(key + " must be from 0 to 1, was " + value);
    }
  }

  /** What the minimum pass rate is compared with. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum PassRateOn {
    /** The pass rate as measured. */
    POINT,
    /** The lower bound of its Wilson 95% interval: the run must show the minimum with 95% confidence. */
    LOWER_BOUND;

    /** {@code point} or {@code lower-bound}, as {@code vlb.gate.min-pass-rate-on} spells them. */
    public static PassRateOn of(String value) {
      return switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "point" -> POINT;
        case "lower-bound" -> LOWER_BOUND;
        default -> throw new IllegalArgumentException(
            "vlb.gate.min-pass-rate-on must be 'point' or 'lower-bound', was '" + value + "'");
      };
    }
  }
}
