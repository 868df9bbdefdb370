package dev.vlb.reports;

import dev.vlb.reports.results.ResultsReader;
import dev.vlb.reports.stats.RunReport;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * The handcrafted run the tests read: suite {@code demo.PairedTests}, 10 items (it-01..05 "count",
 * it-06..10 "color") on chains vanilla, V1, L4, V1+L4, and it-11 that could not be evaluated.
 * <pre>
 * vanilla  8 passed, 2 failed (it-09, it-10)
 * V1       6 passed, 3 failed (it-07..09), 1 not generated (it-10)
 * L4       5 passed, 4 failed (it-06..09), 1 error (it-10)
 * V1+L4    4 passed, 5 failed (it-05..09), 1 skipped (it-10); it-09 replied with a &lt;script&gt;
 * </pre>
 */
public final class SmallRun {

  private SmallRun() {}

  public static Path resultsFile() {
    try {
      return Path.of(SmallRun.class.getResource("results.jsonl").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static RunReport report() {
    return RunReport.of(ResultsReader.read(List.of(resultsFile())));
  }
}
