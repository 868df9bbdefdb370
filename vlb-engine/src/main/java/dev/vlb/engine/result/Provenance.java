package dev.vlb.engine.result;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.engine.bootstrap.Generation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How a variant came to be: the attempts and verdicts of its generation, how each step was made, and
 * the digest of the image the model was shown.
 *
 * @param attempts generations tried over every step of the chain
 * @param verdicts what the judge (or the editor) said, one line per attempt or step
 * @param judged whether a judge accepted every step of the variant asked (vanilla: true); false for a
 *     variant built without a judge, and for one that was not built
 * @param steps how each step was made, in the order applied; empty for vanilla and a variant not built
 * @param imageSha256 the SHA-256 of the variant's image bytes, in hex; empty when none was built
 * @param variantKey the key the variant is kept under in the variant store; empty when none is used
 */
@API(status = INTERNAL, since = "0.1")
public record Provenance(int attempts, List<String> verdicts, boolean judged, List<Generation.Step> steps,
    Optional<String> imageSha256, Optional<String> variantKey) {

  /** Of a variant whose generation was not reached, e.g. after an error. */
  public static final Provenance NONE = new Provenance(0, List.of(), false, List.of(), Optional.empty(), Optional.empty());

  public Provenance {
    verdicts = List.copyOf(verdicts);
    steps = List.copyOf(steps);
    Objects.requireNonNull(imageSha256, "imageSha256");
    Objects.requireNonNull(variantKey, "variantKey");
  }

  /** Of a variant that was built, shown as the image with this digest. */
  public static Provenance of(Generation.Generated generated, String imageSha256, Optional<String> variantKey) {
    return new Provenance(generated.attempts(), generated.verdicts(), generated.judged(), generated.steps(),
        Optional.of(imageSha256), variantKey);
  }

  /** Of a variant that was not built. */
  public static Provenance of(Generation.NotGenerated notGenerated, Optional<String> variantKey) {
    return new Provenance(notGenerated.attempts(), notGenerated.verdicts(), false, List.of(), Optional.empty(),
        variantKey);
  }
}
