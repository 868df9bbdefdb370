package dev.vlb.reports.stats;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.vlb.reports.results.Contamination;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An item many variants got wrong: its vanilla question and expected answer, and what the model
 * replied on each chain it failed. Images are named by the SHA-256 (hex) of their bytes, as the
 * variant store keeps them; empty when the results do not say.
 *
 * @param originalImage the image of the vanilla variant, i.e. the item as the benchmark has it
 * @param originalCheck what the contamination check found for the original image; empty when it was not
 *     checked
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record WorstItem(
    String item, String category, String question, String expected, long wrong, long answered,
    List<Failure> failures, String originalImage, Optional<Contamination> originalCheck) {

  public WorstItem {
    failures = List.copyOf(failures);
  }

  /**
   * One wrong answer: the variant's own question and context (rewritten by L strategies), the reply, the
   * image the model was shown (the original's digest where the chain kept the item's image), and what the
   * contamination check found for that image (empty when it was not checked).
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Failure(
      String chain, String context, String question, String actual, String extracted, String image,
      Optional<Contamination> imageCheck) {}
}
