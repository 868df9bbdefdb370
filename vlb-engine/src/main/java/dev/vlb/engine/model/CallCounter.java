package dev.vlb.engine.model;

import dev.vlb.api.spi.TokenUsage;
import java.util.concurrent.atomic.AtomicLong;

/** The running totals behind {@link CallStatistics}, updated from OkHttp's callback threads. */
final class CallCounter {

  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong cacheHits = new AtomicLong();
  private final AtomicLong calls = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final AtomicLong promptTokens = new AtomicLong();
  private final AtomicLong completionTokens = new AtomicLong();

  void request() {
    requests.incrementAndGet();
  }

  void cacheHit() {
    cacheHits.incrementAndGet();
  }

  void call() {
    calls.incrementAndGet();
  }

  void retry() {
    retries.incrementAndGet();
  }

  void failure() {
    failures.incrementAndGet();
  }

  void answered(TokenUsage usage) {
    promptTokens.addAndGet(Math.max(0, usage.promptTokens()));
    completionTokens.addAndGet(Math.max(0, usage.completionTokens()));
  }

  CallStatistics snapshot() {
    return new CallStatistics(
        requests.get(), cacheHits.get(), calls.get(), retries.get(), failures.get(), promptTokens.get(), completionTokens.get());
  }
}
