package dev.vlb.engine.model;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * What a model client has done so far in this run.
 *
 * @param requests answers asked for through {@code ask}
 * @param cacheHits requests answered from the response cache without calling the model
 * @param calls HTTP requests sent, retries included
 * @param retries calls that repeated an earlier failed one
 * @param failures requests that completed exceptionally
 * @param promptTokens prompt tokens the servers reported for answered calls
 * @param completionTokens completion tokens the servers reported for answered calls
 */
@API(status = INTERNAL, since = "0.1")
public record CallStatistics(
    long requests,
    long cacheHits,
    long calls,
    long retries,
    long failures,
    long promptTokens,
    long completionTokens) {

  public static final CallStatistics NONE = new CallStatistics(0, 0, 0, 0, 0, 0, 0);

  /** The sum of two clients' statistics, for a run total over all roles. */
  public CallStatistics plus(CallStatistics other) {
    return new CallStatistics(
        requests + other.requests,
        cacheHits + other.cacheHits,
        calls + other.calls,
        retries + other.retries,
        failures + other.failures,
        promptTokens + other.promptTokens,
        completionTokens + other.completionTokens);
  }
}
