package dev.vlb.engine.bootstrap.image;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.ImageStrategy;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.ImageEditor;
import dev.vlb.api.spi.Sample;
import org.apiguardian.api.API;

/**
 * V3 on real photographs, in process on the CPU with OpenCV ({@link Painters#openCv()}), no model
 * involved: the canvas grows by the ratio, the new border is the photograph reflected at its edges and
 * defocused until no object in it can be recognised (a plain reflection would show a second ball beside
 * the first), with Telea inpainting softening the seam. The seed shifts the photograph a little off
 * centre, so a retry after a judge's rejection gives another image and the same seed the same one.
 *
 * <p>V1 (add object) and V2 (remove object) need a planner to choose what to add or remove and where, so
 * that the answer cannot change: the engine's own editing does them when {@code vlb.planner.url} is set
 * ({@code PlannedEdits}, through the same {@link Painter}). As a suite's editor this one does V3 only:
 * {@link #supports} answers {@code false} for V1 and V2 and {@link #edit} refuses them.
 */
@API(status = INTERNAL, since = "0.1")
public final class OpenCvEditor implements ImageEditor {

  /** The method's default outpainting ratio. */
  public static final double DEFAULT_RATIO = 1.5;

  private final Painter painter = Painters.openCv();
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

  /** Only V3, on PNG and JPEG images: V1 and V2 need a planner to choose their edit. */
  @Override
  public boolean supports(ImageStrategy strategy, Sample sample) {
    return strategy == ImageStrategy.OUTPAINT && Mats.readable(sample.image());
  }

  /**
   * The sample with its image outpainted, as a PNG; its question, answer and scene stay (nothing new is
   * drawn, only the photograph's own content repeated).
   *
   * @throws CannotBootstrapException for V1 and V2, and for an image that is not a PNG or JPEG
   */
  @Override
  public Sample edit(ImageStrategy strategy, Sample sample, long seed) {
    if (strategy != ImageStrategy.OUTPAINT) {
      throw new CannotBootstrapException(sample.id() + ": " + strategy.code() + " " + strategy.label()
          + " on a photograph needs a planner to choose the edit: set vlb.planner.url rather than name this editor");
    }
    if (!Mats.readable(sample.image())) {
      throw new CannotBootstrapException(sample.id() + ": " + Mats.notReadable(sample.image()));
    }
    return sample.withImage(Painters.join(painter.paint(sample.image(), outpaint, seed)).image(), sample.scene());
  }
}
