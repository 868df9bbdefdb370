package dev.vlb.engine.execution;

import java.util.List;
import java.util.Map;

/**
 * The result of one variant, as written to {@code results.jsonl}: one JSON object per line.
 *
 * @param variant the chain id, e.g. {@code V1+L4} or {@code vanilla}; {@code null} for an item that
 *     failed before any variant could be built
 * @param actual the model's raw reply; empty when there was none
 * @param extracted what scoring read from the reply
 * @param reason why the variant failed, was not generated, skipped or errored
 * @param attributes the item's dataset fields worth reporting (l2-category, MME subtask and pair...)
 * @param asked how many times the model was asked (CircularEval asks once per option rotation)
 */
public record VariantResult(
    String suite,
    String dataset,
    String item,
    String category,
    Map<String, String> attributes,
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
    int asked,
    long latencyMs,
    int promptTokens,
    int completionTokens,
    boolean cached) {

  public VariantResult {
    attributes = Map.copyOf(attributes);
    strategies = List.copyOf(strategies);
    verdicts = List.copyOf(verdicts);
  }

  /** An item that could not be evaluated at all (unreadable row or image): no variant, an error. */
  static VariantResult itemError(String suite, String dataset, String item, String message, String model, String judge) {
    return new VariantResult(suite, dataset, item, "", Map.of(), null, List.of(), 0, Outcome.ERROR, "", "", "", "", "",
        0, message, model, judge, 0, List.of(), 0, 0, -1, -1, false);
  }
}
