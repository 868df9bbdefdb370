package dev.vlb.engine.result;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The release rules of a suite's {@code @Gate}. Wrong answers alone never break them; a pass rate below
 * the minimum, a drop against vanilla beyond the maximum, an incomplete evaluation (infrastructure
 * errors) or nothing answered at all (nothing to judge the model by) does.
 */
@API(status = INTERNAL, since = "0.1")
public record GateRules(double minPassRate, double maxDropVsVanilla) {

  public static GateRules of(double minPassRate, double maxDropVsVanilla) {
    return new GateRules(minPassRate, maxDropVsVanilla);
  }

  /** Each broken rule with its numbers; empty when the gate passes. */
  public List<String> brokenRules(SuiteSummary summary) {
    List<String> broken = new ArrayList<>();
    Tally overall = summary.overall();
    if (overall.errors() > 0 || summary.itemErrors() > 0) {
      broken.add(String.format(Locale.ROOT, "%d variant(s) and %d item(s) ended in an error: the evaluation is incomplete",
          overall.errors(), summary.itemErrors()));
    }
    if (overall.answered() == 0) {
      broken.add("no variant was answered");
      return broken;
    }
    if (overall.passRate() < minPassRate) {
      broken.add(String.format(Locale.ROOT, "pass rate %.3f is below the minimum %.3f", overall.passRate(), minPassRate));
    }
    Tally vanilla = summary.vanilla();
    if (vanilla.answered() > 0) {
      checkDrops(summary.byStrategy(), vanilla, "strategy", broken);
      checkDrops(summary.byLevel(), vanilla, "level", broken);
    }
    return broken;
  }

  private void checkDrops(Map<String, Tally> rows, Tally vanilla, String kind, List<String> broken) {
    rows.forEach((name, tally) -> {
      double drop = vanilla.passRate() - tally.passRate();
      if (tally.answered() > 0 && drop > maxDropVsVanilla + 1e-9) {
        broken.add(String.format(Locale.ROOT, "%s %s drops %.3f below vanilla (%.3f -> %.3f), more than %.3f",
            kind, name, drop, vanilla.passRate(), tally.passRate(), maxDropVsVanilla));
      }
    });
  }
}
