package dev.vlb.reports.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vlb.reports.results.RunFacts;
import dev.vlb.reports.stats.RunReport;
import dev.vlb.reports.stats.SuiteReport;
import dev.vlb.reports.stats.WorstItem;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * What the page template renders: the run's tables, the chart data, Chart.js to inline, and the worst
 * items' images as {@code data:} URIs by digest, each once however many figures show it.
 */
record ReportPage(RunReport run, String chartData, String chartJs, Map<String, String> images, List<RunFacts> facts) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
      .withZone(ZoneOffset.UTC);

  private static final ObjectMapper JSON = new ObjectMapper();

  ReportPage {
    images = Map.copyOf(images);
    facts = List.copyOf(facts);
  }

  static ReportPage of(RunReport run, KeptImages kept, List<RunFacts> facts) {
    List<String> shown = run.suites().stream()
        .flatMap(suite -> suite.worst().stream())
        .flatMap(item -> ItemFigure.of(item).stream())
        .map(ItemFigure::image)
        .toList();
    return new ReportPage(run, LevelCharts.json(run), ChartJs.source(), kept.dataUris(shown), facts);
  }

  /** When the results files were last written: one time, or the range over shards. */
  String written() {
    Instant first = run.firstWritten().truncatedTo(ChronoUnit.SECONDS);
    Instant last = run.lastWritten().truncatedTo(ChronoUnit.SECONDS);
    return first.equals(last) ? TIME.format(first) : TIME.format(first) + " – " + TIME.format(last);
  }

  boolean kept(ItemFigure figure) {
    return images.containsKey(figure.image());
  }

  /** The images by digest as JSON, for the script that sets each {@code <img data-image>}'s source. */
  String imageData() {
    try {
      return JSON.writeValueAsString(images);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write image data", e);
    }
  }

  /** A stable HTML id for the {@code index}th (from 0) worst item of a suite. */
  static String worstAnchor(SuiteReport suite, int index) {
    return Cells.anchor(suite.suite()) + "-worst-" + (index + 1);
  }

  static List<ItemFigure> figures(WorstItem item) {
    return ItemFigure.of(item);
  }
}
