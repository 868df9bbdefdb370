package dev.vlb.engine.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.Strategy;
import dev.vlb.engine.bootstrap.GenerationCounts;
import dev.vlb.engine.result.GateVerdict;
import dev.vlb.engine.result.SuiteSummary;
import dev.vlb.engine.result.Tally;
import dev.vlb.engine.scoring.MmeMetrics;
import dev.vlb.reports.markdown.ContaminationTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Renders a suite's summary as aligned Markdown tables, readable both on a console and as
 * {@code summary.md}: pass rate per strategy, per level and per chain, with the delta
 * against vanilla in percentage points, and per dataset category against that category's vanilla.
 */
@API(status = INTERNAL, since = "0.1")
public final class SummaryTable {

  private static final List<String> HEADER =
      List.of("", "pass rate", "Δ vs vanilla", "passed/answered", "not generated", "errors", "skipped");

  private SummaryTable() {}

  /** @param gate the verdict of the suite's {@code @Gate}; empty when it has none */
  public static String render(SuiteSummary summary, Optional<GateVerdict> gate) {
    StringBuilder out = new StringBuilder();
    out.append("## ").append(summary.labels().suite()).append('\n').append('\n');
    out.append("dataset `").append(summary.labels().dataset()).append("` · model `").append(summary.labels().model())
        .append("`");
    Tally overall = summary.overall();
    out.append(String.format(Locale.ROOT, " · %d variants, pass rate %s over %d answered",
        overall.total(), percent(overall), overall.answered()));
    if (summary.unjudged() > 0) {
      out.append(" · ").append(summary.unjudged()).append(" of them unjudged (no judge checked every step)");
    }
    if (summary.itemErrors() > 0) {
      out.append(" · ").append(summary.itemErrors()).append(" item(s) unreadable");
    }
    out.append('\n');
    SuiteSummary.Usage usage = summary.usage();
    String tokens = usage.withTokens() == 0
        ? "tokens not reported"
        : String.format(Locale.ROOT, "tokens %d prompt + %d completion", usage.promptTokens(), usage.completionTokens());
    out.append(String.format(Locale.ROOT, "model answered %d times (%d from cache) · %s · model time %.1f s · wall time %.1f s%n%n",
        usage.asked(), usage.cached(), tokens, usage.latencyMs() / 1000.0, summary.wallTime().toMillis() / 1000.0));
    Tally vanilla = summary.vanilla();
    Map<String, Tally> strategies = new LinkedHashMap<>();
    strategies.put("vanilla", vanilla);
    strategies.putAll(summary.alone());
    table(out, "strategy alone", strategies, name -> vanilla);
    Map<String, Tally> levels = new LinkedHashMap<>();
    summary.byLevel().forEach((level, tally) -> levels.put("level " + level, tally));
    table(out, "level", levels, name -> vanilla);
    table(out, "chain", summary.byChain(), name -> vanilla);
    if (!summary.byCategory().isEmpty()) {
      table(out, "category", summary.byCategory(), summary::vanilla);
    }
    table(out, "pooled: every variant containing the strategy", summary.pooled(), name -> vanilla);
    mme(out, summary.mmeByChain());
    summary.contamination().ifPresent(found -> out.append("contamination: ").append(found.setup()).append("\n\n")
        .append(ContaminationTable.markdown(found.rows(), found.imageText())).append('\n'));
    if (summary.resumed() > 0) {
      out.append(summary.resumed()).append(" variant(s) resumed from the journal of a run killed before it closed\n\n");
    }
    generation(out, summary.generation(), summary.reused());
    gate(out, gate);
    return out.toString();
  }

  private static void gate(StringBuilder out, Optional<GateVerdict> gate) {
    if (gate.isEmpty()) {
      out.append("gate: none (the suite has no @Gate)\n");
      return;
    }
    out.append(gate.get().render());
  }

  /** Each strategy's generation attempts, by what became of them: the cost of the bootstrapping. */
  private static void generation(StringBuilder out, Map<Strategy, GenerationCounts.Counts> byStrategy, int reused) {
    if (reused > 0) {
      out.append(reused).append(" variant(s) reused from the variant store, not generated again\n\n");
    }
    if (byStrategy.isEmpty()) {
      return;
    }
    out.append("| generation | attempts | accepted | unjudged | rejected | not made | failed |\n")
        .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    byStrategy.forEach((strategy, counts) -> out.append(String.format(Locale.ROOT, "| %s %s | %d | %d | %d | %d | %d | %d |%n",
        strategy.code(), strategy.label(), counts.attempts(), counts.accepted(), counts.unjudged(), counts.rejected(),
        counts.notMade(), counts.failed())));
    out.append('\n');
  }

  /** MME's score per chain: sum over subtasks of (accuracy + accuracy+) x 100. */
  private static void mme(StringBuilder out, Map<String, MmeMetrics> byChain) {
    if (byChain.isEmpty()) {
      return;
    }
    out.append("| MME score | perception | cognition | total |\n| --- | ---: | ---: | ---: |\n");
    byChain.forEach((chain, metrics) -> out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |%n",
        chain, metrics.perception(), metrics.cognition(), metrics.total())));
    out.append('\n');
  }

  /** One row per entry; each row's delta is against the vanilla tally {@code baseline} gives for it. */
  private static void table(StringBuilder out, String title, Map<String, Tally> rows, Function<String, Tally> baseline) {
    List<List<String>> cells = new ArrayList<>();
    List<String> header = new ArrayList<>(HEADER);
    header.set(0, title);
    cells.add(header);
    rows.forEach((name, tally) -> cells.add(List.of(
        name,
        percent(tally),
        delta(tally, baseline.apply(name)),
        tally.passed() + "/" + tally.answered(),
        Integer.toString(tally.notGenerated()),
        Integer.toString(tally.errors()),
        Integer.toString(tally.skipped()))));
    int[] widths = new int[header.size()];
    for (List<String> row : cells) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (int r = 0; r < cells.size(); r++) {
      line(out, cells.get(r), widths);
      if (r == 0) {
        List<String> rule = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
          rule.add("-".repeat(widths[i]));
        }
        line(out, rule, widths);
      }
    }
    out.append('\n');
  }

  private static void line(StringBuilder out, List<String> row, int[] widths) {
    out.append('|');
    for (int i = 0; i < row.size(); i++) {
      String cell = row.get(i);
      String padding = " ".repeat(widths[i] - cell.length());
      out.append(' ').append(i == 0 ? cell + padding : padding + cell).append(" |");
    }
    out.append('\n');
  }

  private static String percent(Tally tally) {
    return tally.answered() == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * tally.passRate());
  }

  private static String delta(Tally tally, Tally vanilla) {
    if (tally.answered() == 0 || vanilla.answered() == 0) {
      return "–";
    }
    return String.format(Locale.ROOT, "%+.1f pp", 100 * (tally.passRate() - vanilla.passRate()));
  }
}
