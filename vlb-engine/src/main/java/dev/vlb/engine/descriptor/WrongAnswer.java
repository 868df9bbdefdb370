package dev.vlb.engine.descriptor;

import org.opentest4j.AssertionFailedError;

/**
 * A variant the model answered wrongly: expected and actual answers for an IDE's diff, and no stack
 * trace, which would show only the engine's frames. A benchmark run fails by the thousand; each trace
 * cost more CPU to fill in, prune, send to Maven and write into its XML than the model call it reported.
 */
final class WrongAnswer extends AssertionFailedError {

  private static final long serialVersionUID = 1L;

  WrongAnswer(String message, Object expected, Object actual) {
    super(message, expected, actual);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
