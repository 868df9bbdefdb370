package dev.vlb.reports.results;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Whether the image a variant showed is in the model's pre-training corpus, as the engine's contamination
 * check found: the nearest corpus image by perceptual hash and local features, the nearest by embedding,
 * and, for a flagged image, whether the corpus image's caption gives the answer away. A part the check did
 * not run (no embedding endpoint, no image-text check, nothing near) is {@code null}, as it is absent from
 * the line.
 *
 * @param flagged whether the image counts as contaminated: a near-duplicate or a semantic match was
 *     flagged; false when the check failed
 * @param nearDuplicate the nearest corpus image by hash and features; null when no corpus hash was within
 *     the search radius
 * @param semantic the nearest corpus image by embedding; null when no embedding endpoint was configured
 * @param imageText the verdict on the flagged image's corpus caption; null unless the image was flagged and
 *     the image-text check was on
 * @param error why the check could not be completed (infrastructure); empty when it was
 */
@API(status = EXPERIMENTAL, since = "0.1")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Contamination(
    boolean flagged, NearDuplicate nearDuplicate, Semantic semantic, ImageText imageText, String error) {

  public Contamination {
    error = Objects.requireNonNullElse(error, "");
  }

  /** Whether the check ran to its end; one that did not is counted neither as flagged nor as clean. */
  public boolean completed() {
    return error.isEmpty();
  }

  /** Whether the check ran and the image-text check found the corpus caption gives the answer away. */
  public boolean imageTextContaminated() {
    return completed() && imageText != null && imageText.contaminated();
  }

  /**
   * The corpus image closest to the variant's image by perceptual hash, compared by local features.
   *
   * @param similarity the share of the variant's image the corpus image reproduces, in [0, 1]
   * @param hammingDistance the bits the two hashes differ in
   * @param inliers the local-feature matches one perspective mapping carries between them
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record NearDuplicate(String corpusId, double similarity, int hammingDistance, int inliers,
      boolean flagged) {}

  /**
   * The corpus image closest to the variant's image by embedding.
   *
   * @param cosine the cosine similarity of the two embeddings
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Semantic(String corpusId, double cosine, boolean flagged) {}

  /**
   * Whether a flagged image's corpus caption, with the image, answers the benchmark question, as an LVLM
   * judged it.
   *
   * @param outcome {@value #CONTAMINATED}, {@code CLEAN} or {@code UNREADABLE_REPLY}; a string, so that an
   *     outcome of a newer engine still reads
   * @param reason the model's reason, or the start of a reply that could not be read
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ImageText(String corpusId, String outcome, String reason) {

    /** The outcome of a caption that gives the answer away. */
    public static final String CONTAMINATED = "CONTAMINATED";

    public boolean contaminated() {
      return CONTAMINATED.equals(outcome);
    }
  }
}
