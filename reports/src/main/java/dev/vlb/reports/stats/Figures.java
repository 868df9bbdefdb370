package dev.vlb.reports.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/** How figures read in every report, so that the HTML page and the Markdown summary agree to the digit. */
@API(status = INTERNAL, since = "0.1")
public final class Figures {

  /** Shown where a figure cannot be computed (nothing answered). */
  public static final String NONE = "–";

  private Figures() {}

  public static String percent(OptionalDouble fraction) {
    return fraction.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * fraction.getAsDouble()) : NONE;
  }

  public static String pp(OptionalDouble points) {
    return points.isPresent() ? String.format(Locale.ROOT, "%+.1f pp", points.getAsDouble()) : NONE;
  }

  public static String interval(Optional<Interval> interval) {
    return interval
        .map(bounds -> String.format(Locale.ROOT, "%.1f–%.1f%%", 100 * bounds.lower(), 100 * bounds.upper()))
        .orElse(NONE);
  }

  /** A p-value to three significant digits (scientific below 0.0001, so that a tiny one still reads); 1 as such. */
  /** A benchmark's own score, 0..100, to one decimal; the dash when nothing was graded. */
  public static String score(OptionalDouble score) {
    return score.isPresent() ? String.format(Locale.ROOT, "%.1f", score.getAsDouble()) : NONE;
  }

  public static String pValue(double p) {
    return p == 1 ? "1" : String.format(Locale.ROOT, "%.3g", p);
  }

  public static String count(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  /** E.g. "1 error", "2,900 variants": the count and a regular noun. */
  public static String count(long count, String noun) {
    return count(count) + " " + (count == 1 ? noun : noun + "s");
  }
}
