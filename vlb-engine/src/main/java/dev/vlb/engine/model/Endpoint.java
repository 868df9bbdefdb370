package dev.vlb.engine.model;

import okhttp3.HttpUrl;

/**
 * One server of a role, with its own in-flight bound and circuit breaker.
 *
 * @param target the URL requests are posted to
 * @param label the target without credentials or query, for messages
 */
record Endpoint(HttpUrl target, String label, AsyncLimiter limiter, CircuitBreaker breaker) {

  static Endpoint of(HttpUrl target, int concurrency, int breakerThreshold) {
    return new Endpoint(target, Redactor.withoutSecrets(target), new AsyncLimiter(concurrency), new CircuitBreaker(breakerThreshold));
  }
}
