package dev.vlb.engine.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** How long to wait before a retry: the server's Retry-After when given, else exponential with jitter. */
final class Backoff {

  static final Duration BASE = Duration.ofMillis(250);
  static final Duration MAX = Duration.ofSeconds(30);

  /** A Retry-After beyond this is capped: a run should not stall for an hour on one server's word. */
  static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);

  private Backoff() {}

  /**
   * @param retry 1 for the first retry
   * @param retryAfter the Retry-After header of the failed response, if any
   */
  static Duration delay(int retry, Optional<String> retryAfter, Instant now) {
    Duration jitter = Duration.ofMillis(ThreadLocalRandom.current().nextLong(BASE.toMillis() + 1));
    return retryAfter.flatMap(header -> parseRetryAfter(header, now))
        .map(wait -> min(wait, MAX_RETRY_AFTER).plus(jitter))
        .orElseGet(() -> exponential(retry));
  }

  /** Half of {@code BASE * 2^(retry-1)} plus a random share of the other half ("equal jitter"). */
  private static Duration exponential(int retry) {
    long ceiling = min(BASE.multipliedBy(1L << Math.min(retry - 1, 20)), MAX).toMillis();
    return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
  }

  /** Retry-After is either delay-seconds or an HTTP date. */
  static Optional<Duration> parseRetryAfter(String header, Instant now) {
    String value = header.trim();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
