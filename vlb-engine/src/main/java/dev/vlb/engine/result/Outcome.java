package dev.vlb.engine.result;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.engine.scoring.Score;
import org.apiguardian.api.API;

/** What happened to one variant; each maps to a distinct JUnit result. */
@API(status = INTERNAL, since = "0.1")
public enum Outcome {
  /** The model answered correctly: a passed test. */
  PASSED,
  /** The model answered wrongly: a failed test (an assertion error). */
  FAILED,
  /** The variant could not be generated (judge rejected every attempt): an aborted test. */
  NOT_GENERATED,
  /** The answer could not be scored here (open-ended without a grader): a skipped test. */
  SKIPPED,
  /** An infrastructure failure (HTTP, timeout, unreadable item): an errored test, never a wrong answer. */
  ERROR;

  /** The outcome of a variant the model answered. */
  public static Outcome of(Score score) {
    return switch (score.kind()) {
      case CORRECT -> PASSED;
      case WRONG -> FAILED;
      case UNSCORED -> SKIPPED;
    };
  }

  /** Whether the model answered and the answer was scored: the denominator of pass rates. */
  public boolean isAnswered() {
    return this == PASSED || this == FAILED;
  }
}
