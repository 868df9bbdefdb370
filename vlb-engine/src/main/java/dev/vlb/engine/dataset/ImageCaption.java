package dev.vlb.engine.dataset;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.GroundTruth;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A dataset's text description of an image (LLaVA-Bench's context), carried as a sample's scene:
 * graders read it, the model under test never sees it.
 */
@API(status = INTERNAL, since = "0.1")
public record ImageCaption(String text) implements GroundTruth {

  public ImageCaption {
    Objects.requireNonNull(text, "text");
  }
}
