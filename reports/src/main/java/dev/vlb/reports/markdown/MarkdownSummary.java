package dev.vlb.reports.markdown;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.vlb.reports.stats.Figures;
import dev.vlb.reports.stats.OfficialMetric;
import dev.vlb.reports.stats.Row;
import dev.vlb.reports.stats.RunReport;
import dev.vlb.reports.stats.SuiteReport;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * A short Markdown summary of a run for a CI job summary ({@code $GITHUB_STEP_SUMMARY}): per suite, each
 * strategy alone against vanilla with 95% Wilson intervals, and the contamination check per chain where
 * the run had one. The HTML report has the other tables.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MarkdownSummary {

  private static final List<String> HEADINGS = List.of(
      "strategy", "pass rate", "Δ vs vanilla", "95% interval", "passed/answered", "not generated", "skipped",
      "errors");
  private static final String ALIGNMENT = "| :-- | --: | --: | --: | --: | --: | --: | --: |";

  private MarkdownSummary() {}

  public static String render(RunReport run) {
    StringBuilder out = new StringBuilder("# VLB report\n\n");
    out.append(Figures.count(run.variants(), "variant")).append(" · models ").append(names(run.models()))
        .append(" · judges ").append(names(run.judges())).append('\n');
    for (SuiteReport suite : run.suites()) {
      suite(out, suite);
    }
    if (!run.problems().isEmpty()) {
      out.append("\n**").append(Figures.count(run.problems().size(), "line"))
          .append(" of the results files could not be read and skipped**; the first: ")
          .append(cell(run.problems().get(0).toString())).append('\n');
    }
    return out.toString();
  }

  private static void suite(StringBuilder out, SuiteReport suite) {
    out.append("\n## ").append(cell(suite.suite())).append("\n\n")
        .append("dataset ").append(names(suite.datasets()))
        .append(" · ").append(Figures.count(suite.variants(), "variant")).append(", pass rate ")
        .append(Figures.percent(suite.total().passRate())).append(" over ")
        .append(Figures.count(suite.total().answered())).append(" answered\n\n")
        .append("| ").append(String.join(" | ", HEADINGS)).append(" |\n")
        .append(ALIGNMENT).append('\n');
    suite.alone().forEach(row -> out.append(row(row)).append('\n'));
    suite.official().ifPresent(metric -> official(out, metric));
    suite.contamination().ifPresent(tally -> out.append("\nContamination with the training corpus\n\n")
        .append(ContaminationTable.markdown(tally.rows(), tally.imageText())));
  }

  /** The benchmark's own figure per strategy alone and level, beside the pass rates above. */
  private static void official(StringBuilder out, OfficialMetric metric) {
    out.append("\n").append(cell(metric.name())).append(" (the benchmark's own metric, 0-100)\n\n| | ")
        .append(metric.columns().stream().map(MarkdownSummary::cell).collect(Collectors.joining(" | ")))
        .append(" |\n| :-- |").append(" --: |".repeat(metric.columns().size())).append('\n');
    metric.rows().forEach(row -> out.append("| ").append(cell(row.label())).append(" | ")
        .append(row.values().stream().map(Figures::score).collect(Collectors.joining(" | "))).append(" |\n"));
  }

  private static String row(Row row) {
    return Stream.of(cell(row.label()), Figures.percent(row.tally().passRate()), Figures.pp(row.deltaPp()),
            Figures.interval(row.tally().interval()),
            Figures.count(row.tally().passed()) + "/" + Figures.count(row.tally().answered()),
            Figures.count(row.tally().notGenerated()), Figures.count(row.tally().skipped()),
            Figures.count(row.tally().errors()))
        .collect(Collectors.joining(" | ", "| ", " |"));
  }

  private static String names(List<String> names) {
    return names.isEmpty() ? Figures.NONE : names.stream().map(MarkdownSummary::cell).collect(Collectors.joining(", "));
  }

  /**
   * Text from the results as inert Markdown: job summaries render HTML, so markup is escaped, and a pipe
   * or a newline would break the table.
   */
  static String cell(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\n', '\r' -> out.append(' ');
        case '|', '\\', '`', '*', '_', '[', ']' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
