package dev.vlb.engine.dataset;

import dev.vlb.api.spi.GroundTruth;
import java.util.Objects;

/**
 * A dataset's text description of an image (LLaVA-Bench's context), carried as a sample's scene:
 * graders read it, the model under test never sees it.
 */
public record ImageCaption(String text) implements GroundTruth {

  public ImageCaption {
    Objects.requireNonNull(text, "text");
  }
}
