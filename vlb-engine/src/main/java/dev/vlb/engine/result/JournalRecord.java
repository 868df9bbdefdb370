package dev.vlb.engine.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.vlb.api.Strategy;
import dev.vlb.engine.bootstrap.Generation;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One line of {@code results.jsonl}: a flat, self-describing record of one variant result, or of an
 * item that could not be evaluated (then {@code variant} is {@code null} and the outcome ERROR). Its
 * field order is the file format.
 */
record JournalRecord(
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
    boolean cached,
    boolean judged,
    List<JournalStep> steps,
    String imageSha256,
    String variantKey,
    Map<String, Double> grades) {

  /** How one step was made; the plan and edit are left out when there was none. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record JournalStep(String strategy, int attempt, String maker, JsonNode plan, JsonNode edit) {

    static JournalStep of(Generation.Step step) {
      return new JournalStep(step.strategy().code(), step.attempt(), step.maker(), step.plan().orElse(null),
          step.edit().orElse(null));
    }
  }

  static JournalRecord of(SuiteLabels labels, VariantResult result) {
    ItemFacts item = result.item();
    Cost cost = result.cost();
    Provenance provenance = result.provenance();
    return new JournalRecord(labels.suite(), labels.dataset(), item.id(), item.category(), item.attributes(),
        result.chain().id(), result.chain().strategies().stream().map(Strategy::code).toList(), result.chain().level(),
        result.outcome(), result.context(), result.question(), item.expected(), result.actual(),
        result.score().extracted(), result.score().value(), result.reason(), labels.model(), labels.judge(),
        provenance.attempts(), provenance.verdicts(), cost.asked(), cost.latencyMs(), cost.promptTokens(),
        cost.completionTokens(), cost.cached(), provenance.judged(),
        provenance.steps().stream().map(JournalStep::of).toList(), provenance.imageSha256().orElse(null),
        provenance.variantKey().orElse(null),
        result.score().grades().isEmpty() ? null : new TreeMap<>(result.score().grades()));
  }

  static JournalRecord of(SuiteLabels labels, ItemError error) {
    return new JournalRecord(labels.suite(), labels.dataset(), error.itemId(), "", Map.of(), null, List.of(), 0,
        Outcome.ERROR, "", "", "", "", "", 0, error.message(), labels.model(), labels.judge(), 0, List.of(), 0, 0, -1, -1,
        false, false, List.of(), null, null, null);
  }
}
