package dev.vlb.reports.results;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One line of {@code results.jsonl}: one variant's result, or an item that could not be evaluated
 * ({@code variant} is then {@code null}). Fields a line lacks read as empty; fields this version does
 * not know are ignored, so that reports read journals of newer engines. {@code contamination} is
 * {@code null} where the line has none: see {@link #contaminationCheck()}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResultRecord(
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
    String variantKey,
    String imageSha256,
    Map<String, Double> grades,
    Contamination contamination) {

  /** The chain id of the vanilla variant: the item as the benchmark has it. */
  public static final String VANILLA = "vanilla";

  public ResultRecord {
    dataset = Objects.requireNonNullElse(dataset, "");
    category = Objects.requireNonNullElse(category, "");
    attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    strategies = strategies == null ? List.of() : List.copyOf(strategies);
    context = Objects.requireNonNullElse(context, "");
    question = Objects.requireNonNullElse(question, "");
    expected = Objects.requireNonNullElse(expected, "");
    actual = Objects.requireNonNullElse(actual, "");
    extracted = Objects.requireNonNullElse(extracted, "");
    reason = Objects.requireNonNullElse(reason, "");
    model = Objects.requireNonNullElse(model, "");
    judge = Objects.requireNonNullElse(judge, "");
    verdicts = verdicts == null ? List.of() : List.copyOf(verdicts);
    variantKey = Objects.requireNonNullElse(variantKey, "");
    imageSha256 = Objects.requireNonNullElse(imageSha256, "");
    grades = grades == null ? Map.of() : Map.copyOf(grades);
  }

  /** The chain this variant was bootstrapped along; empty for an item that could not be evaluated. */
  public Optional<String> chain() {
    return Optional.ofNullable(variant);
  }

  /**
   * The variant's key in the engine's variant store, the same for every model evaluated on that variant;
   * empty when the run used no store (or the engine predates it).
   */
  public Optional<String> storeKey() {
    return variantKey.isEmpty() ? Optional.empty() : Optional.of(variantKey);
  }

  /**
   * The SHA-256 (hex) of the image the model was shown, under which the variant store keeps it; empty
   * when no image was built (the variant was not generated) or the engine predates the field.
   */
  public Optional<String> imageDigest() {
    return imageSha256.isEmpty() ? Optional.empty() : Optional.of(imageSha256);
  }

  /**
   * What the contamination check found for the variant's image; empty when the run configured no corpus,
   * the variant has no image (not generated, or an item that could not be evaluated) or the engine
   * predates the check.
   */
  public Optional<Contamination> contaminationCheck() {
    return Optional.ofNullable(contamination);
  }

  public boolean isVanilla() {
    return VANILLA.equals(variant);
  }

  /**
   * A result as a gate counts it: which variant of which item, at which level, and its outcome; the texts
   * and costs left empty. An item that could not be evaluated has no variant.
   */
  public static ResultRecord counted(String suite, String dataset, String item, String variant, List<String> strategies,
      int level, Outcome outcome, String model) {
    return new ResultRecord(suite, dataset, item, null, null, variant, strategies, level, outcome, null, null, null,
        null, null, 0, null, model, null, 0, null, 0, 0, 0, 0, false, null, null, null, null);
  }
}
