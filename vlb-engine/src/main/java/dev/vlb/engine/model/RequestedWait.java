package dev.vlb.engine.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Headers;

/** Reads how long a server asks a client to wait before it sends a throttled or failed request again. */
@FunctionalInterface
interface RequestedWait {

  /** The wait asked for in the error response, or empty when it does not say. */
  Optional<Duration> requestedWait(Headers headers, String body, Instant now);
}
