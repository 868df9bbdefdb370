package dev.vlb.engine.result;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.contamination.check.Contamination;
import dev.vlb.engine.scoring.Score;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The result of one variant of an item.
 *
 * @param context the context put before the question asked (the original's when no variant was built)
 * @param question the question asked (the original's when no variant was built)
 * @param actual the model's raw reply; empty when there was none
 * @param score how the reply was scored; for a variant not asked, why (not generated, error)
 * @param provenance how the variant was generated
 * @param exhibits the original and the image shown, for reports that attach them
 * @param contamination what the contamination check found of the image shown; empty when no corpus is
 *     configured or no image was shown
 */
@API(status = INTERNAL, since = "0.1")
public record VariantResult(
    ItemFacts item,
    Chain chain,
    Outcome outcome,
    String context,
    String question,
    String actual,
    Score score,
    Provenance provenance,
    Cost cost,
    Exhibits exhibits,
    Optional<Contamination> contamination) {

  public VariantResult {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(exhibits, "exhibits");
    Objects.requireNonNull(contamination, "contamination");
  }

  /** A result not checked for contamination. */
  public VariantResult(ItemFacts item, Chain chain, Outcome outcome, String context, String question, String actual,
      Score score, Provenance provenance, Cost cost, Exhibits exhibits) {
    this(item, chain, outcome, context, question, actual, score, provenance, cost, exhibits, Optional.empty());
  }

  /** A result with nothing to exhibit. */
  public VariantResult(ItemFacts item, Chain chain, Outcome outcome, String context, String question, String actual,
      Score score, Provenance provenance, Cost cost) {
    this(item, chain, outcome, context, question, actual, score, provenance, cost, Exhibits.NONE);
  }

  /** The same result, with what the contamination check found of its image. */
  public VariantResult with(Contamination found) {
    return new VariantResult(item, chain, outcome, context, question, actual, score, provenance, cost, exhibits,
        Optional.of(found));
  }

  /** Why the variant failed, was not generated, skipped or errored; a grader's comment; or empty. */
  public String reason() {
    return score.reason();
  }
}
