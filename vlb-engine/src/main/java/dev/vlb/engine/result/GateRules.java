package dev.vlb.engine.result;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.reports.gate.CheckRules;
import dev.vlb.reports.gate.GateCheck;
import dev.vlb.reports.gate.GateReport;
import dev.vlb.reports.results.ResultRecord;
import dev.vlb.reports.results.Results;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
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

  /**
   * The verdict on a suite's results so far, by the same code as {@code vlb:check}
   * ({@link GateCheck}): the minimum pass rate holds for the suite overall, vanilla, each strategy alone
   * and each level, the maximum drop for each strategy alone and each level, each on rows of at least
   * {@code minSample} answered variants.
   */
  public GateVerdict verdict(List<ResultRecord> records) {
    if (partial.isPresent()) {
      return GateVerdict.notEvaluated(partial.get().variants() + " variants of " + partial.get().of() + " selected");
    }
    GateReport report = GateCheck.check(checkRules(), Results.of(records), Optional.empty());
    if (report.broken().isEmpty() && !report.notEvaluated().isEmpty()) {
      return GateVerdict.notEvaluated(String.join("; ", report.notEvaluated()));
    }
    return GateVerdict.of(report.broken(), report.notJudged());
  }

  /** These rules as {@code vlb:check} takes them; the defaults of {@code @Gate} are no rule at all. */
  CheckRules checkRules() {
    return new CheckRules(
        minPassRate > 0 ? OptionalDouble.of(minPassRate) : OptionalDouble.empty(),
        maxDropVsVanilla < 1 ? OptionalDouble.of(maxDropVsVanilla) : OptionalDouble.empty(),
        minSample,
        onLowerBound ? CheckRules.PassRateOn.LOWER_BOUND : CheckRules.PassRateOn.POINT,
        CheckRules.defaults().alpha());
  }
}
