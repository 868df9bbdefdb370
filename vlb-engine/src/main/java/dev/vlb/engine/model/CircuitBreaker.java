package dev.vlb.engine.model;

import java.util.Optional;

/**
 * Counts consecutive failures of one endpoint; at the threshold the endpoint is considered down for the
 * rest of the run, so the remaining requests fail at once with the cause instead of hammering it.
 */
final class CircuitBreaker {

  private final int threshold;
  private int consecutiveFailures;
  private ModelCallException openedBy;

  CircuitBreaker(int threshold) {
    this.threshold = threshold;
  }

  /** Records a failure that suggests the endpoint is down; true when this one opened the circuit. */
  synchronized boolean recordFailure(ModelCallException failure) {
    if (openedBy != null) {
      return false;
    }
    consecutiveFailures++;
    if (consecutiveFailures >= threshold) {
      openedBy = failure;
      return true;
    }
    return false;
  }

  /** Records an answer (even an error status): the endpoint is reachable. */
  synchronized void recordSuccess() {
    consecutiveFailures = 0;
  }

  synchronized boolean isOpen() {
    return openedBy != null;
  }

  /** The failure that opened the circuit, empty while it is closed. */
  synchronized Optional<ModelCallException> openedBy() {
    return Optional.ofNullable(openedBy);
  }

  int threshold() {
    return threshold;
  }
}
