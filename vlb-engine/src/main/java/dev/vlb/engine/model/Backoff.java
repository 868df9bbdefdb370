package dev.vlb.engine.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Headers;

/** How long to wait before a retry: as long as the server asks, else exponential with jitter. */
final class Backoff {

  static final Duration BASE = Duration.ofMillis(250);
  static final Duration MAX = Duration.ofSeconds(30);

  private static final BigDecimal MAX_NANOS = BigDecimal.valueOf(Long.MAX_VALUE);

  private Backoff() {}

  /** Half of {@code BASE * 2^(retry-1)} plus a random share of the other half ("equal jitter"); 1 for the first retry. */
  static Duration exponential(int retry) {
    long ceiling = min(BASE.multipliedBy(1L << Math.min(retry - 1, 20)), MAX).toMillis();
    return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
  }

  /**
   * The wait a server asked for, plus up to {@code BASE} of jitter so that the requests it throttled
   * together do not all come back in the same instant, but never more than {@code limit}.
   */
  static Duration jittered(Duration wait, Duration limit) {
    return min(wait.plusMillis(ThreadLocalRandom.current().nextLong(BASE.toMillis() + 1)), limit);
  }

  /**
   * The wait asked for in the headers OpenAI and Anthropic send: {@code retry-after-ms} when present,
   * as it is the more precise, else {@code Retry-After} in seconds or as an HTTP date.
   */
  static Optional<Duration> fromHeaders(Headers headers, Instant now) {
    return Optional.ofNullable(headers.get("retry-after-ms"))
        .flatMap(millis -> decimal(millis, ChronoUnit.MILLIS))
        .or(() -> Optional.ofNullable(headers.get("Retry-After")).flatMap(header -> parseRetryAfter(header, now)));
  }

  /** Retry-After is either delay-seconds (some servers send a fraction) or an HTTP date. */
  static Optional<Duration> parseRetryAfter(String header, Instant now) {
    Optional<Duration> seconds = decimal(header, ChronoUnit.SECONDS);
    if (seconds.isPresent()) {
      return seconds;
    }
    try {
      Instant at = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
    } catch (DateTimeParseException notDate) {
      return Optional.empty();
    }
  }

  /** A decimal number of {@code unit}s, negative ones as zero; empty when the text is no number. */
  static Optional<Duration> decimal(String text, ChronoUnit unit) {
    try {
      BigDecimal nanos = new BigDecimal(text.trim()).multiply(BigDecimal.valueOf(unit.getDuration().toNanos()));
      return Optional.of(Duration.ofNanos(nanos.max(BigDecimal.ZERO).min(MAX_NANOS).longValue()));
    } catch (NumberFormatException notNumber) {
      return Optional.empty();
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
