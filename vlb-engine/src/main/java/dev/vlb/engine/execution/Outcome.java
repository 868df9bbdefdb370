package dev.vlb.engine.execution;

/** What happened to one variant; each maps to a distinct JUnit result. */
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
  ERROR
}
