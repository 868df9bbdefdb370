package dev.vlb.engine.result;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.Sample;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a report shows beside a variant's result (Allure attaches it): the item as the dataset gave it and
 * the image the model was shown. Held only until the result is reported; never journaled.
 *
 * @param original the item's sample before any strategy; empty when the item was not kept
 * @param originalSha256 the SHA-256 of the original's image bytes, in hex; empty with no original
 * @param variant the image the model was shown; empty when no variant was built
 */
@API(status = INTERNAL, since = "0.1")
public record Exhibits(Optional<Sample> original, String originalSha256, Optional<Image> variant) {

  public static final Exhibits NONE = new Exhibits(Optional.empty(), "", Optional.empty());

  public Exhibits {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(originalSha256, "originalSha256");
    Objects.requireNonNull(variant, "variant");
  }

  /** Of a variant not built (or not asked): only the original is there to show. */
  public static Exhibits of(Sample original, String originalSha256) {
    return new Exhibits(Optional.of(original), originalSha256, Optional.empty());
  }

  /** The same original, with the image the model was shown. */
  public Exhibits shown(Image image) {
    return new Exhibits(original, originalSha256, Optional.of(image));
  }
}
