package dev.vlb.reports.stats;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * One row of a comparison (a strategy alone, a chain or a level of one suite): each run's outcome counts
 * over its own variants of the row, and McNemar's test over the variants paired between the runs.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ComparedRow(String label, String detail, Tally baseline, Tally candidate, Mcnemar test) {

  /** The candidate's pass rate minus the baseline's, in percentage points; empty when either answered nothing. */
  public OptionalDouble deltaPp() {
    return new Row(label, detail, candidate, baseline).deltaPp();
  }

  /**
   * A regression at level {@code alpha}: the candidate passes less often, over the row and on the paired
   * variants (b > c), and McNemar's p-value is below alpha.
   */
  public boolean regressionAt(double alpha) {
    return deltaPp().orElse(0) < 0 && test.worseAt(alpha);
  }
}
