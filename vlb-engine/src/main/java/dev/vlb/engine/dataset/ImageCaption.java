package dev.vlb.engine.dataset;

import java.util.Objects;

/**
 * A dataset's text description of an image (LLaVA-Bench's context), carried as a sample's scene:
 * graders read it, the model under test never sees it.
 */
public record ImageCaption(String text) {

  public ImageCaption {
    Objects.requireNonNull(text, "text");
  }
}
