package dev.vlb.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Tokens a call consumed, as the server reported them; -1 where it did not. */
@API(status = EXPERIMENTAL, since = "0.1")
public record TokenUsage(int promptTokens, int completionTokens) {

  public static final TokenUsage UNKNOWN = new TokenUsage(-1, -1);

  public boolean known() {
    return promptTokens >= 0 && completionTokens >= 0;
  }
}
