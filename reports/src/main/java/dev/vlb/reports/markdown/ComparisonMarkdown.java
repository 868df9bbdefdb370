package dev.vlb.reports.markdown;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.vlb.reports.stats.ComparedRow;
import dev.vlb.reports.stats.Comparison;
import dev.vlb.reports.stats.Figures;
import dev.vlb.reports.stats.Flip;
import dev.vlb.reports.stats.SuiteComparison;
import dev.vlb.reports.stats.Tally;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * A comparison of two runs in Markdown, for a CI job summary or a pull request comment: the verdict
 * first, then per suite each strategy alone, the composed chains and the levels with both pass rates and
 * McNemar's test, and the variants that flipped.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ComparisonMarkdown {

  private static final String ROW_HEADINGS =
      " | baseline | candidate | Δ | pairs | b pass→fail | c fail→pass | p | verdict |\n";
  private static final String ROW_ALIGNMENT = "| :-- | --: | --: | --: | --: | --: | --: | --: | :-- |\n";

  private ComparisonMarkdown() {}

  public static String render(Comparison comparison) {
    StringBuilder out = new StringBuilder("# VLB comparison\n\n");
    verdict(out, comparison);
    out.append("\n| run | results files | variants | models |\n| :-- | --: | --: | :-- |\n");
    side(out, "baseline", comparison.baseline());
    side(out, "candidate", comparison.candidate());
    for (SuiteComparison suite : comparison.suites()) {
      suite(out, suite, comparison.alpha());
    }
    problems(out, "baseline", comparison.baseline());
    problems(out, "candidate", comparison.candidate());
    return out.toString();
  }

  private static void verdict(StringBuilder out, Comparison comparison) {
    List<ComparedRow> regressions = comparison.regressions();
    String alpha = "α = " + comparison.alpha();
    if (regressions.isEmpty()) {
      out.append("No significant regression at ").append(alpha).append(".\n");
      return;
    }
    out.append("**").append(Figures.count(regressions.size(), "significant regression")).append(" at ").append(alpha)
        .append("**: ").append(regressions.stream()
            .map(row -> cell(row.label()) + " " + Figures.pp(row.deltaPp()) + " (p = "
                + Figures.pValue(row.test().pValue()) + ")")
            .collect(Collectors.joining(", ")))
        .append('\n');
  }

  private static void side(StringBuilder out, String role, Comparison.Side side) {
    out.append("| ").append(role).append(" | ").append(Figures.count(side.files().size())).append(" | ")
        .append(Figures.count(side.variants())).append(" | ")
        .append(side.models().isEmpty() ? Figures.NONE
            : side.models().stream().map(MarkdownSummary::cell).collect(Collectors.joining(", ")))
        .append(" |\n");
  }

  private static void suite(StringBuilder out, SuiteComparison suite, double alpha) {
    out.append("\n## ").append(cell(suite.suite())).append('\n');
    table(out, "strategy", suite.alone(), alpha);
    table(out, "chain", suite.composed(), alpha);
    table(out, "level", suite.levels(), alpha);
    flips(out, "Passed → failed", suite.worse());
    flips(out, "Failed → passed", suite.better());
  }

  private static void table(StringBuilder out, String heading, List<ComparedRow> rows, double alpha) {
    if (rows.isEmpty()) {
      return;
    }
    out.append("\n| ").append(heading).append(ROW_HEADINGS).append(ROW_ALIGNMENT);
    rows.forEach(row -> out.append(row(row, alpha)).append('\n'));
  }

  private static String row(ComparedRow row, double alpha) {
    return Stream.of(cell(row.label()), rate(row.baseline()), rate(row.candidate()), Figures.pp(row.deltaPp()),
            Figures.count(row.test().pairs()), Figures.count(row.test().b()), Figures.count(row.test().c()),
            Figures.pValue(row.test().pValue()), row.regressionAt(alpha) ? "**regression**" : "")
        .collect(Collectors.joining(" | ", "| ", " |"));
  }

  private static String rate(Tally tally) {
    return Figures.percent(tally.passRate()) + " (" + Figures.count(tally.passed()) + "/"
        + Figures.count(tally.answered()) + ")";
  }

  private static void flips(StringBuilder out, String heading, Flip.Flips flips) {
    out.append("\n").append(heading).append(": ").append(Figures.count(flips.total(), "variant")).append('\n');
    if (flips.total() == 0) {
      return;
    }
    out.append("\n| item | chain | before → after | question |\n| :-- | :-- | :-- | :-- |\n");
    for (Flip flip : flips.shown()) {
      out.append("| ").append(cell(flip.item())).append(" | ").append(cell(flip.chain())).append(" | ")
          .append(flip.before()).append(" → ").append(flip.after()).append(" | ").append(cell(flip.question()))
          .append(" |\n");
    }
    if (flips.more() > 0) {
      out.append("\n… and ").append(Figures.count(flips.more())).append(" more\n");
    }
  }

  private static void problems(StringBuilder out, String role, Comparison.Side side) {
    if (!side.problems().isEmpty()) {
      out.append("\n**").append(Figures.count(side.problems().size(), "line")).append(" of the ").append(role)
          .append(" could not be read and skipped**; the first: ").append(cell(side.problems().get(0).toString()))
          .append('\n');
    }
  }

  private static String cell(String text) {
    return MarkdownSummary.cell(text);
  }
}
