package dev.vlb.engine.result;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * What answering one variant cost; tokens are -1 when a server did not say.
 *
 * @param asked how many times the model was asked (CircularEval asks once per option rotation)
 * @param cached whether every reply came from the response cache
 */
@API(status = INTERNAL, since = "0.1")
public record Cost(int asked, long latencyMs, int promptTokens, int completionTokens, boolean cached) {

  /** Nothing was asked. */
  public static final Cost NONE = new Cost(0, 0, -1, -1, false);

  /** Whether a server reported both token counts. */
  public boolean tokensKnown() {
    return promptTokens >= 0 && completionTokens >= 0;
  }
}
