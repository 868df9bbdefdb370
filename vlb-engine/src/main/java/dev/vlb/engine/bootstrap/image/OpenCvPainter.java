package dev.vlb.engine.bootstrap.image;

import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.Image;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Edits in process on the CPU with OpenCV, no model involved, on the caller's thread: the stage it
 * returns is already complete. Removing is Telea inpainting ({@link Removal}), adding blends the
 * {@link CutOuts cut-out} the name asks for into the box ({@link Addition}), outpainting reflects and
 * defocuses the photograph into the new border ({@link Outpainting}). Every result is a PNG; an input's
 * alpha channel is dropped.
 */
final class OpenCvPainter implements Painter {

  static final String NAME = "opencv";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public CompletionStage<EditedImage> paint(Image image, ImageEdit edit, long seed) {
    try {
      return CompletableFuture.completedFuture(edited(image, edit, seed));
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(new CannotBootstrapException(e.getMessage()));
    }
  }

  private static EditedImage edited(Image image, ImageEdit edit, long seed) {
    if (edit instanceof ImageEdit.Remove remove) {
      return Removal.apply(image, remove);
    }
    if (edit instanceof ImageEdit.Add add) {
      Image cutOut = CutOuts.find(add.name()).orElseThrow(() -> new IllegalArgumentException(
          "No cut-out matches '" + add.name() + "'; there are " + CutOuts.names()));
      return Addition.apply(image, add, cutOut);
    }
    return Outpainting.apply(image, (ImageEdit.Outpaint) edit, seed);
  }

  /** The cut-outs drawn in code: OpenCV blends an object in, it cannot draw one from a name. */
  @Override
  public List<String> objects() {
    return CutOuts.names();
  }

  @Override
  public String toString() {
    return NAME;
  }
}
