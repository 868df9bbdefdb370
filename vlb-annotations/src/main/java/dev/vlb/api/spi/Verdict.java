package dev.vlb.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/** A judge's decision on one variant, with its reason. */
@API(status = EXPERIMENTAL, since = "0.1")
public record Verdict(boolean accepted, String reason) {

  public Verdict {
    Objects.requireNonNull(reason, "reason");
  }

  public static Verdict accept(String reason) {
    return new Verdict(true, reason);
  }

  public static Verdict reject(String reason) {
    return new Verdict(false, reason);
  }
}
