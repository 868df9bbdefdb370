package dev.vlb.reports.html;

import dev.vlb.reports.stats.RunReport;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** What the page template renders: the run's tables, the chart data, and Chart.js to inline. */
record ReportPage(RunReport run, String chartData, String chartJs) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
      .withZone(ZoneOffset.UTC);

  static ReportPage of(RunReport run) {
    return new ReportPage(run, LevelCharts.json(run), ChartJs.source());
  }

  /** When the results files were last written: one time, or the range over shards. */
  String written() {
    Instant first = run.firstWritten().truncatedTo(ChronoUnit.SECONDS);
    Instant last = run.lastWritten().truncatedTo(ChronoUnit.SECONDS);
    return first.equals(last) ? TIME.format(first) : TIME.format(first) + " – " + TIME.format(last);
  }
}
