package dev.vlb.reports.stats;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.vlb.reports.results.Outcome;
import dev.vlb.reports.results.ResultRecord;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * Outcome counts of a set of variants. The pass rate is passed / (passed + failed): variants that were
 * not generated, skipped or errored are not wrong answers and are counted apart.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Tally(long passed, long failed, long notGenerated, long skipped, long errors) {

  public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0);

  public static Tally of(Collection<ResultRecord> records) {
    long[] counts = new long[Outcome.values().length];
    records.forEach(record -> counts[record.outcome().ordinal()]++);
    return new Tally(counts[Outcome.PASSED.ordinal()], counts[Outcome.FAILED.ordinal()],
        counts[Outcome.NOT_GENERATED.ordinal()], counts[Outcome.SKIPPED.ordinal()], counts[Outcome.ERROR.ordinal()]);
  }

  public long answered() {
    return passed + failed;
  }

  public long total() {
    return answered() + notGenerated + skipped + errors;
  }

  /** Passed over answered, as a fraction; empty when nothing was answered. */
  public OptionalDouble passRate() {
    return answered() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) passed / answered());
  }

  /** The 95% Wilson score interval of the pass rate; empty when nothing was answered. */
  public Optional<Interval> interval() {
    return Interval.wilson(passed, answered(), Interval.CONFIDENCE);
  }
}
