package dev.vlb.engine.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vlb.api.Strategy;
import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.bootstrap.Generation;
import dev.vlb.engine.scoring.Score;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    Map<String, Double> grades,
    @JsonInclude(JsonInclude.Include.NON_NULL) JournalContamination contamination) {

  private static final ObjectMapper JSON = new ObjectMapper();

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
        result.score().grades().isEmpty() ? null : new TreeMap<>(result.score().grades()),
        result.contamination().map(JournalContamination::of).orElse(null));
  }

  /**
   * The result a journal line records, when it can stand for {@code chain} of {@code item} as this run
   * asks it: see {@link ResultsJournal#resumed}.
   */
  static Optional<VariantResult> resumable(String text, SuiteLabels labels, ItemFacts item, Chain chain,
      Optional<String> variantKey) {
    JsonNode line;
    try {
      line = JSON.readTree(text);
    } catch (IOException e) {
      return Optional.empty();
    }
    Outcome outcome;
    try {
      outcome = Outcome.valueOf(line.path("outcome").asText());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String key = line.path("variantKey").asText("");
    boolean sameVariant = variantKey.isEmpty() || key.isEmpty() || key.equals(variantKey.get());
    if (outcome == Outcome.ERROR || !labels.model().equals(line.path("model").asText()) || !sameVariant) {
      return Optional.empty();
    }
    Score score = new Score(switch (outcome) {
      case PASSED -> Score.Kind.CORRECT;
      case FAILED -> Score.Kind.WRONG;
      default -> Score.Kind.UNSCORED;
    }, line.path("score").asDouble(), line.path("extracted").asText(""), line.path("reason").asText(""), grades(line));
    List<String> verdicts = new ArrayList<>();
    line.path("verdicts").forEach(verdict -> verdicts.add(verdict.asText()));
    List<Generation.Step> steps = new ArrayList<>();
    line.path("steps").forEach(step -> steps.add(new Generation.Step(Strategy.ofCode(step.path("strategy").asText()),
        step.path("attempt").asInt(), step.path("maker").asText(""), present(step.get("plan")), present(step.get("edit")))));
    Provenance provenance = new Provenance(line.path("attempts").asInt(), verdicts, line.path("judged").asBoolean(),
        steps, text(line, "imageSha256"), text(line, "variantKey"));
    Cost cost = new Cost(line.path("asked").asInt(), line.path("latencyMs").asLong(), line.path("promptTokens").asInt(-1),
        line.path("completionTokens").asInt(-1), line.path("cached").asBoolean());
    return Optional.of(new VariantResult(item, chain, outcome, line.path("context").asText(""),
        line.path("question").asText(""), line.path("actual").asText(""), score, provenance, cost, Exhibits.NONE,
        JournalContamination.read(line)));
  }

  private static Map<String, Double> grades(JsonNode line) {
    Map<String, Double> grades = new TreeMap<>();
    line.path("grades").fields().forEachRemaining(grade -> grades.put(grade.getKey(), grade.getValue().asDouble()));
    return grades;
  }

  private static Optional<JsonNode> present(JsonNode node) {
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node);
  }

  private static Optional<String> text(JsonNode line, String field) {
    return line.hasNonNull(field) ? Optional.of(line.get(field).asText()) : Optional.empty();
  }

  static JournalRecord of(SuiteLabels labels, ItemError error) {
    return new JournalRecord(labels.suite(), labels.dataset(), error.itemId(), "", Map.of(), null, List.of(), 0,
        Outcome.ERROR, "", "", "", "", "", 0, error.message(), labels.model(), labels.judge(), 0, List.of(), 0, 0, -1, -1,
        false, false, List.of(), null, null, null, null);
  }
}
