package dev.vlb.reports.stats;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * One row of a report table: what it counts ({@code label}, with a {@code detail} such as the
 * strategy's direction or a chain's level), its outcome counts, and the baseline its delta is taken
 * against (the vanilla variants of the same suite, or of the same category).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Row(String label, String detail, Tally tally, Tally baseline) {

  /** The pass rate minus the baseline's, in percentage points; empty when either answered nothing. */
  public OptionalDouble deltaPp() {
    OptionalDouble rate = tally.passRate();
    OptionalDouble base = baseline.passRate();
    if (rate.isEmpty() || base.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(100 * (rate.getAsDouble() - base.getAsDouble()));
  }
}
