package dev.vlb.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A model's answer text with what it cost.
 *
 * @param cached whether it came from the response cache rather than the model
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ModelReply(String text, Duration latency, TokenUsage usage, boolean cached) {

  public ModelReply {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(latency, "latency");
    usage = usage == null ? TokenUsage.UNKNOWN : usage;
  }

  public static ModelReply of(String text, Duration latency) {
    return new ModelReply(text, latency, TokenUsage.UNKNOWN, false);
  }
}
