package dev.vlb.engine.descriptor;

import org.opentest4j.TestAbortedException;

/** A variant that could not be generated: why, and no stack trace (see {@link WrongAnswer}). */
final class NotGenerated extends TestAbortedException {

  private static final long serialVersionUID = 1L;

  NotGenerated(String reason) {
    super("Variant not generated: " + reason);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
