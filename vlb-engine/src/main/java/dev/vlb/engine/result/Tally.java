package dev.vlb.engine.result;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** Counts of outcomes for one row of the summary. Pass rate is over answered variants only. */
@API(status = INTERNAL, since = "0.1")
public record Tally(int passed, int failed, int notGenerated, int skipped, int errors) {

  public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0);

  public Tally plus(Outcome outcome) {
    return switch (outcome) {
      case PASSED -> new Tally(passed + 1, failed, notGenerated, skipped, errors);
      case FAILED -> new Tally(passed, failed + 1, notGenerated, skipped, errors);
      case NOT_GENERATED -> new Tally(passed, failed, notGenerated + 1, skipped, errors);
      case SKIPPED -> new Tally(passed, failed, notGenerated, skipped + 1, errors);
      case ERROR -> new Tally(passed, failed, notGenerated, skipped, errors + 1);
    };
  }

  public Tally plus(Tally other) {
    return new Tally(passed + other.passed, failed + other.failed, notGenerated + other.notGenerated,
        skipped + other.skipped, errors + other.errors);
  }

  /** Every variant counted, whatever its outcome. */
  public int total() {
    return passed + failed + notGenerated + skipped + errors;
  }

  /** Variants the model answered and that were scored: the denominator of the pass rate. */
  public int answered() {
    return passed + failed;
  }

  /** Passed over answered; 0 when nothing was answered. */
  public double passRate() {
    return answered() == 0 ? 0.0 : (double) passed / answered();
  }
}
