package dev.vlb.engine.contamination.semantic;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The corpus image nearest to a benchmark image, and whether it is near enough to count as the same
 * picture seen in pre-training.
 *
 * @param corpusId the nearest corpus image
 * @param cosine the cosine similarity of their embeddings
 * @param flagged whether the cosine reaches the threshold
 */
@API(status = INTERNAL, since = "0.1")
public record SemanticMatch(String corpusId, double cosine, boolean flagged) {

  /** The VLB paper's threshold: CLIP image-image cosine similarity of 0.9 or more is contamination. */
  public static final double DEFAULT_THRESHOLD = 0.9;

  public SemanticMatch {
    Objects.requireNonNull(corpusId, "corpusId");
  }

  /**
   * The match of the nearest corpus image, flagged when its cosine is at least {@code threshold}.
   *
   * @throws IllegalArgumentException when the threshold lies outside (0, 1]
   */
  public static SemanticMatch of(EmbeddingIndex.Neighbour nearest, double threshold) {
    return new SemanticMatch(nearest.id(), nearest.cosine(), nearest.cosine() >= checkedThreshold(threshold));
  }

  static double checkedThreshold(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("The contamination threshold is a cosine in (0, 1], was " + threshold);
    }
    return threshold;
  }
}
