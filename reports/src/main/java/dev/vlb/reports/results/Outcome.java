package dev.vlb.reports.results;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What happened to one variant, as the engine's journal names it. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Outcome {
  /** The model answered correctly. */
  PASSED,
  /** The model answered wrongly. */
  FAILED,
  /** The variant could not be generated: the judge rejected every attempt, or no editor could make it. */
  NOT_GENERATED,
  /** The answer could not be scored here. */
  SKIPPED,
  /** An infrastructure failure, or an item that could not be read: never a wrong answer. */
  ERROR;

  /** Whether the model answered and the answer was scored: the denominator of a pass rate. */
  public boolean isAnswered() {
    return this == PASSED || this == FAILED;
  }
}
