package dev.vlb.engine.execution;

import java.util.List;

/**
 * The result of one variant, as written to {@code results.jsonl}: one JSON object per line.
 *
 * @param variant the chain id, e.g. {@code V1+L4} or {@code vanilla}; {@code null} for an item that
 *     failed before any variant could be built
 * @param actual the model's raw reply; empty when there was none
 * @param extracted what scoring read from the reply
 * @param reason why the variant failed, was not generated, skipped or errored
 */
public record VariantResult(
    String suite,
    String dataset,
    String item,
    String category,
    String variant,
    List<String> strategies,
    int level,
    Outcome outcome,
    String context,
    String question,
    String expected,
    String actual,
    String extracted,
    double score,
    String reason,
    String model,
    String judge,
    int attempts,
    List<String> verdicts,
    long latencyMs,
    int promptTokens,
    int completionTokens,
    boolean cached) {

  public VariantResult {
    strategies = List.copyOf(strategies);
    verdicts = List.copyOf(verdicts);
  }
}
