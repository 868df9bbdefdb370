package dev.vlb.engine.result;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The release rules of a suite's {@code @Gate}. Wrong answers alone never break them; a pass rate below
 * the minimum, a drop against vanilla beyond the maximum, or an incomplete evaluation (infrastructure
 * errors) does. A rule acts only on rows of at least {@code minSample} answered variants, since a pass
 * rate over a handful of variants says more about chance than about the model; a suite with fewer
 * answered variants than that, or run only in part, is not evaluated at all.
 *
 * @param onLowerBound whether the minimum pass rate applies to the lower bound of the Wilson 95% interval
 *     (the rate the run shows with 95% confidence) instead of the pass rate itself
 * @param partial how much of the suite the run selected, when it selected only part of it
 */
@API(status = INTERNAL, since = "0.1")
public record GateRules(double minPassRate, double maxDropVsVanilla, int minSample, boolean onLowerBound,
    Optional<Selected> partial) {

  /** The fewest answered variants a row needs unless configured ({@code vlb.gate.min-sample}). */
  public static final int MIN_SAMPLE = 30;

  /** A partial selection: {@code variants} of the suite's {@code of} (items x chains). */
  @API(status = INTERNAL, since = "0.1")
  public record Selected(int variants, int of) {}

  public static GateRules of(double minPassRate, double maxDropVsVanilla) {
    return of(minPassRate, maxDropVsVanilla, MIN_SAMPLE, false);
  }

  public static GateRules of(double minPassRate, double maxDropVsVanilla, int minSample, boolean onLowerBound) {
    return new GateRules(minPassRate, maxDropVsVanilla, minSample, onLowerBound, Optional.empty());
  }

  /** The same rules for a run that selected only {@code variants} of the suite's {@code of}. */
  public GateRules partial(int variants, int of) {
    return new GateRules(minPassRate, maxDropVsVanilla, minSample, onLowerBound, Optional.of(new Selected(variants, of)));
  }

  /** The verdict on the results so far. */
  public GateVerdict verdict(SuiteSummary summary) {
    if (partial.isPresent()) {
      return GateVerdict.notEvaluated(partial.get().variants() + " variants of " + partial.get().of() + " selected");
    }
    List<String> broken = new ArrayList<>();
    Tally overall = summary.overall();
    if (overall.errors() > 0 || summary.itemErrors() > 0) {
      broken.add(format("%d variant(s) and %d item(s) ended in an error: the evaluation is incomplete",
          overall.errors(), summary.itemErrors()));
    }
    if (overall.answered() < minSample) {
      // an incomplete evaluation still fails: the errors may be why so little was answered
      return broken.isEmpty()
          ? GateVerdict.notEvaluated(format("%d answered < minSample %d", overall.answered(), minSample))
          : GateVerdict.of(broken, List.of());
    }
    List<String> notJudged = new ArrayList<>();
    minPassRate(overall, broken);
    Tally vanilla = summary.vanilla();
    if (vanilla.answered() < minSample) {
      notJudged.add(format("drops against vanilla not judged: vanilla %d answered < minSample %d",
          vanilla.answered(), minSample));
    } else {
      checkDrops(summary.alone(), vanilla, "strategy", broken, notJudged);
      checkDrops(summary.byLevel(), vanilla, "level", broken, notJudged);
    }
    return GateVerdict.of(broken, notJudged);
  }

  private void minPassRate(Tally overall, List<String> broken) {
    double lower = Wilson.of(overall).lower();
    if (!onLowerBound && overall.passRate() < minPassRate) {
      broken.add(format("pass rate %.3f (%s) is below the minimum %.3f", overall.passRate(), Wilson.of(overall),
          minPassRate));
    } else if (onLowerBound && lower < minPassRate) {
      broken.add(format("pass rate %.3f (%s) has its lower bound below the minimum %.3f", overall.passRate(),
          Wilson.of(overall), minPassRate));
    }
  }

  private void checkDrops(Map<String, Tally> rows, Tally vanilla, String kind, List<String> broken,
      List<String> notJudged) {
    rows.forEach((name, tally) -> {
      if (tally.answered() < minSample) {
        notJudged.add(format("%s %s not judged: %d answered < minSample %d", kind, name, tally.answered(), minSample));
        return;
      }
      double drop = vanilla.passRate() - tally.passRate();
      if (drop > maxDropVsVanilla + 1e-9) {
        broken.add(format("%s %s drops %.3f below vanilla (%.3f -> %.3f; %s -> %s), more than %.3f",
            kind, name, drop, vanilla.passRate(), tally.passRate(), Wilson.of(vanilla), Wilson.of(tally),
            maxDropVsVanilla));
      }
    });
  }

  private static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }
}
