package dev.vlb.engine.result;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.scoring.Score;
import java.util.List;
import java.util.Objects;
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
    Exhibits exhibits) {

  public VariantResult {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(exhibits, "exhibits");
  }

  /** A result with nothing to exhibit. */
  public VariantResult(ItemFacts item, Chain chain, Outcome outcome, String context, String question, String actual,
      Score score, Provenance provenance, Cost cost) {
    this(item, chain, outcome, context, question, actual, score, provenance, cost, Exhibits.NONE);
  }

  /** Why the variant failed, was not generated, skipped or errored; a grader's comment; or empty. */
  public String reason() {
    return score.reason();
  }
}
