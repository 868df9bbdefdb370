package dev.vlb.reports.html;

import dev.vlb.reports.stats.Row;
import java.util.Locale;
import java.util.OptionalDouble;

/** Small view helpers the templates call: CSS classes, positions of the interval bars, similarities. */
final class Cells {

  private Cells() {}

  /** "worse" or "better" than the baseline by at least half a point, else "same". */
  static String deltaClass(Row row) {
    double delta = row.deltaPp().orElse(0);
    return delta <= -0.5 ? "worse" : delta >= 0.5 ? "better" : "same";
  }

  /** The interval as a CSS box on a 0-100% track; empty when nothing was answered. */
  static String intervalStyle(Row row) {
    return row.tally().interval()
        .map(interval -> "left:" + css(interval.lower()) + ";width:" + css(interval.upper() - interval.lower()))
        .orElse("display:none");
  }

  static String rateStyle(Row row) {
    return position(row.tally().passRate());
  }

  static String baselineStyle(Row row) {
    return position(row.baseline().passRate());
  }

  /** The interval's bounds, for the bar's tooltip. */
  static String intervalTitle(Row row) {
    return row.tally().interval()
        .map(interval -> String.format(Locale.ROOT, "95%% interval %.1f–%.1f%%; line: baseline",
            100 * interval.lower(), 100 * interval.upper()))
        .orElse("nothing answered");
  }

  /** A similarity or cosine in [0, 1], to three decimals, as the engine's thresholds are written. */
  static String similarity(double similarity) {
    return String.format(Locale.ROOT, "%.3f", similarity);
  }

  /** A stable HTML id for a suite's section. */
  static String anchor(String suite) {
    return "suite-" + suite.replaceAll("[^A-Za-z0-9_-]", "-");
  }

  /** The simple name of a suite class, as a heading; the full name is shown beside it. */
  static String shortName(String suite) {
    return suite.substring(suite.lastIndexOf('.') + 1);
  }

  private static String position(OptionalDouble fraction) {
    return fraction.isPresent() ? "left:" + css(fraction.getAsDouble()) : "display:none";
  }

  private static String css(double fraction) {
    return String.format(Locale.ROOT, "%.2f%%", 100 * Math.max(0, Math.min(1, fraction)));
  }
}
