package dev.vlb.reports.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vlb.reports.stats.Interval;
import dev.vlb.reports.stats.Row;
import dev.vlb.reports.stats.RunReport;
import dev.vlb.reports.stats.SuiteReport;
import java.util.List;

/** The data of the accuracy-by-level charts, as JSON for the page's script: percentages, one chart per suite. */
final class LevelCharts {

  private static final ObjectMapper JSON = new ObjectMapper();

  private LevelCharts() {}

  static String json(RunReport run) {
    List<Chart> charts = run.suites().stream().map(LevelCharts::chart).toList();
    try {
      return JSON.writeValueAsString(charts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write chart data", e);
    }
  }

  private static Chart chart(SuiteReport suite) {
    List<Row> levels = suite.levels();
    return new Chart(Cells.anchor(suite.suite()) + "-levels",
        levels.stream().map(Row::label).toList(),
        levels.stream().map(row -> percent(row.tally().passRate().orElse(Double.NaN))).toList(),
        levels.stream().map(row -> percent(row.tally().interval().map(Interval::lower).orElse(Double.NaN))).toList(),
        levels.stream().map(row -> percent(row.tally().interval().map(Interval::upper).orElse(Double.NaN))).toList(),
        levels.stream().map(row -> row.tally().answered()).toList(),
        percent(suite.vanilla().passRate().orElse(Double.NaN)));
  }

  /** A percentage rounded to 0.1; null (a gap in the line) where nothing was answered. */
  private static Double percent(double fraction) {
    return Double.isNaN(fraction) ? null : Math.round(1000 * fraction) / 10.0;
  }

  /**
   * One suite's chart, drawn on the canvas of that id: a level per point, pass rate with its 95% interval,
   * and the vanilla rate.
   */
  record Chart(
      String canvas, List<String> levels, List<Double> passRate, List<Double> lower, List<Double> upper,
      List<Long> answered, Double vanilla) {}
}
