package dev.vlb.reports.gate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.vlb.reports.results.Results;
import dev.vlb.reports.stats.ComparedRow;
import dev.vlb.reports.stats.Comparison;
import dev.vlb.reports.stats.Interval;
import dev.vlb.reports.stats.Row;
import dev.vlb.reports.stats.RunReport;
import dev.vlb.reports.stats.SuiteComparison;
import dev.vlb.reports.stats.SuiteReport;
import dev.vlb.reports.stats.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Judges a run's results by {@link CheckRules}, suite by suite. Wrong answers alone never break a rule;
 * an infrastructure error always does (the evaluation is incomplete), whatever the sample size. The
 * rows judged are the suite overall, vanilla and each strategy alone, and each level: the rows of the
 * paper's tables, not every composed chain, so that a gate does not fail by chance for having many rows.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GateCheck {

  private final CheckRules rules;
  private final List<String> broken = new ArrayList<>();
  private final List<String> notJudged = new ArrayList<>();
  private final List<String> notEvaluated = new ArrayList<>();

  private GateCheck(CheckRules rules) {
    this.rules = rules;
  }

  /**
   * @param baseline a run the candidate must not be significantly worse than; empty for none
   * @throws IllegalArgumentException when the baseline is given and either run holds several models
   */
  public static GateReport check(CheckRules rules, Results candidate, Optional<Results> baseline) {
    GateCheck check = new GateCheck(rules);
    RunReport.of(candidate).suites().forEach(check::suite);
    baseline.ifPresent(before -> Comparison.of(before, candidate, rules.alpha()).suites().forEach(check::against));
    return new GateReport(check.broken, check.notJudged, check.notEvaluated);
  }

  private void suite(SuiteReport suite) {
    String name = simpleName(suite.suite());
    Tally total = suite.total();
    if (total.errors() > 0 || !suite.unevaluated().isEmpty()) {
      broken.add(format("%s: %d variant(s) and %d item(s) ended in an error: the evaluation is incomplete",
          name, total.errors(), suite.unevaluated().size()));
    }
    if (total.answered() < rules.minSample()) {
      notEvaluated.add(format("%s: %d answered < minSample %d", name, total.answered(), rules.minSample()));
      return;
    }
    List<Named> rows = new ArrayList<>();
    rows.add(new Named(name + ", overall", total));
    suite.alone().forEach(row -> rows.add(new Named(name + ", " + aloneLabel(row.label()), row.tally())));
    suite.levels().forEach(row -> rows.add(new Named(name + ", level " + row.label(), row.tally())));
    rules.minPassRate().ifPresent(min -> rows.forEach(row -> minPassRate(row, min)));
    rules.maxDrop().ifPresent(max -> drops(name, suite, max));
  }

  private void minPassRate(Named row, double min) {
    if (!judged(row.name(), row.tally().answered())) {
      return;
    }
    double rate = row.tally().passRate().orElseThrow();
    Interval interval = row.tally().interval().orElseThrow();
    if (rules.passRateOn() == CheckRules.PassRateOn.POINT && rate < min) {
      broken.add(format("%s: pass rate %.3f (%s) is below the minimum %.3f", row.name(), rate, wilson(row.tally()), min));
    } else if (rules.passRateOn() == CheckRules.PassRateOn.LOWER_BOUND && interval.lower() < min) {
      broken.add(format("%s: pass rate %.3f (%s) has its lower bound below the minimum %.3f", row.name(), rate,
          wilson(row.tally()), min));
    }
  }

  private void drops(String name, SuiteReport suite, double max) {
    Tally vanilla = suite.vanilla();
    if (vanilla.answered() < rules.minSample()) {
      notJudged.add(format("%s, drops against vanilla not judged: vanilla %d answered < minSample %d", name,
          vanilla.answered(), rules.minSample()));
      return;
    }
    List<Named> rows = new ArrayList<>();
    suite.alone().stream().filter(row -> !isVanilla(row))
        .forEach(row -> rows.add(new Named(name + ", " + aloneLabel(row.label()), row.tally())));
    suite.levels().forEach(row -> rows.add(new Named(name + ", level " + row.label(), row.tally())));
    double base = vanilla.passRate().orElseThrow();
    rows.stream().filter(row -> judged(row.name(), row.tally().answered())).forEach(row -> {
      double rate = row.tally().passRate().orElseThrow();
      if (base - rate > max + 1e-9) {
        broken.add(format("%s: pass rate %.3f (%s) drops %.3f below vanilla %.3f (%s), more than the maximum %.3f",
            row.name(), rate, wilson(row.tally()), base - rate, base, wilson(vanilla), max));
      }
    });
  }

  /** Regressions against the baseline, on the rows the other rules judge. */
  private void against(SuiteComparison suite) {
    String name = simpleName(suite.suite());
    suite.alone().forEach(row -> regression(name + ", " + aloneLabel(row.label()), row));
    suite.levels().forEach(row -> regression(name + ", level " + row.label(), row));
  }

  private void regression(String name, ComparedRow row) {
    long pairs = row.test().pairs();
    if (pairs < rules.minSample()) {
      notJudged.add(format("%s against the baseline not judged: %d paired variants < minSample %d", name, pairs,
          rules.minSample()));
      return;
    }
    if (row.regressionAt(rules.alpha())) {
      broken.add(format("%s: pass rate fell from %.3f (n = %d) in the baseline to %.3f (n = %d); McNemar's exact "
              + "test p = %.4f < alpha %.3f over %d paired variants (%d newly wrong, %d newly right)",
          name, row.baseline().passRate().orElseThrow(), row.baseline().answered(),
          row.candidate().passRate().orElseThrow(), row.candidate().answered(), row.test().pValue(), rules.alpha(),
          pairs, row.test().b(), row.test().c()));
    }
  }

  private boolean judged(String name, long answered) {
    if (answered >= rules.minSample()) {
      return true;
    }
    notJudged.add(format("%s not judged: %d answered < minSample %d", name, answered, rules.minSample()));
    return false;
  }

  private static boolean isVanilla(Row row) {
    return row.label().equals("vanilla");
  }

  private static String aloneLabel(String label) {
    return label.equals("vanilla") ? label : "strategy " + label;
  }

  private static String wilson(Tally tally) {
    Interval interval = tally.interval().orElseThrow();
    return format("Wilson 95%% [%.2f, %.2f], n = %d", interval.lower(), interval.upper(), tally.answered());
  }

  /** A suite's class name without its package: the messages name many rows of it. */
  private static String simpleName(String suite) {
    return suite.substring(suite.lastIndexOf('.') + 1);
  }

  private static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }

  private record Named(String name, Tally tally) {}
}
