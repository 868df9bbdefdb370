package dev.vlb.engine.bootstrap.image;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.ImageStrategy;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.ImageEditor;
import dev.vlb.api.spi.Sample;
import org.apiguardian.api.API;

/**
 * Image strategies on real photographs, in process on the CPU with OpenCV, no model involved.
 *
 * <p>V3 (outpaint) works on any PNG or JPEG sample: the canvas grows by the ratio, the new border is the
 * photograph reflected at its edges and defocused until no object in it can be recognised (a plain
 * reflection would show a second ball beside the first), with Telea inpainting softening the seam. It
 * is deterministic: a retry after a judge's rejection gives the same image.
 *
 * <p>V1 (add object) and V2 (remove object) need a planner to choose what to add or remove and where, so
 * that the answer cannot change. Until one is wired in, {@link #supports} answers {@code false} for them
 * and {@link #edit} refuses them; {@link #apply(Image, ImageEdit.Add)} and
 * {@link #apply(Image, ImageEdit.Remove)} carry out a plan once one is made.
 *
 * <p>Every result is a PNG; an input's alpha channel is dropped.
 */
@API(status = INTERNAL, since = "0.1")
public final class OpenCvEditor implements ImageEditor {

  /** The method's default outpainting ratio. */
  public static final double DEFAULT_RATIO = 1.5;

  private final ImageEdit.Outpaint outpaint;

  /** An editor that outpaints by {@value #DEFAULT_RATIO}, for {@code @BootstrapWith(editors = ...)}. */
  public OpenCvEditor() {
    this(DEFAULT_RATIO);
  }

  /**
   * @param outpaintRatio the canvas scale of V3: above 1, at most {@value ImageEdit.Outpaint#MAX_RATIO}
   */
  public OpenCvEditor(double outpaintRatio) {
    this.outpaint = new ImageEdit.Outpaint(outpaintRatio);
  }

  /** Only V3, on PNG and JPEG images: V1 and V2 wait for a planner to choose their edit. */
  @Override
  public boolean supports(ImageStrategy strategy, Sample sample) {
    return strategy == ImageStrategy.OUTPAINT && Mats.readable(sample.image());
  }

  /**
   * The sample with its image outpainted; its question, answer and scene stay (nothing new is drawn, only
   * the photograph's own content repeated). The seed is not used: the edit is deterministic.
   *
   * @throws CannotBootstrapException for V1 and V2, and for an image that is not a PNG or JPEG
   */
  @Override
  public Sample edit(ImageStrategy strategy, Sample sample, long seed) {
    if (strategy != ImageStrategy.OUTPAINT) {
      throw new CannotBootstrapException(sample.id() + ": " + strategy.code() + " " + strategy.label()
          + " on a photograph needs a planner to choose the edit, and none is available yet");
    }
    if (!Mats.readable(sample.image())) {
      throw new CannotBootstrapException(sample.id() + ": " + Mats.notReadable(sample.image()));
    }
    return sample.withImage(apply(sample.image(), outpaint).image(), sample.scene());
  }

  /** V3: the image on a canvas grown by the edit's ratio (rounded to whole pixels), centred. */
  public EditedImage apply(Image image, ImageEdit.Outpaint edit) {
    return Outpainting.apply(image, edit);
  }

  /**
   * V2: the box, grown by a few pixels, inpainted from its surroundings; the result's changed region is
   * that grown box, and every pixel outside it is kept.
   *
   * @throws IllegalArgumentException when the box does not lie inside the image or it is not PNG or JPEG
   */
  public EditedImage apply(Image image, ImageEdit.Remove edit) {
    return Removal.apply(image, edit);
  }

  /**
   * V1: the cut-out scaled to the box and blended into the photograph through a thin ring around it; the
   * result's changed region is the box grown by that ring, and every pixel outside it is kept.
   *
   * @throws IllegalArgumentException when the box does not lie inside the image, is too small for the
   *     object, the cut-out has no alpha, or an image is not PNG or JPEG
   */
  public EditedImage apply(Image image, ImageEdit.Add edit) {
    return Addition.apply(image, edit);
  }
}
