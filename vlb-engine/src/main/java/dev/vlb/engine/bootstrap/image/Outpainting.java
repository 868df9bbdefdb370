package dev.vlb.engine.bootstrap.image;

import dev.vlb.api.spi.Image;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

/**
 * V3 without a generative model: the canvas grows by the ratio, the image stays in its centre, the new
 * border is the image reflected at its edges, and a band just outside the seam is inpainted so the
 * mirror line does not stand out. The original pixels are kept exactly.
 */
final class Outpainting {

  private Outpainting() {}

  static EditedImage apply(Image image, ImageEdit.Outpaint outpaint) {
    try (Mats mats = new Mats()) {
      Mat pixels = mats.decode(image, false);
      int width = pixels.cols();
      int height = pixels.rows();
      int newWidth = scaled(width, outpaint.ratio());
      int newHeight = scaled(height, outpaint.ratio());
      int left = (newWidth - width) / 2;
      int top = (newHeight - height) / 2;
      Mat canvas = mats.mat();
      Core.copyMakeBorder(pixels, canvas, top, newHeight - height - top, left, newWidth - width - left,
          Core.BORDER_REFLECT);
      int radius = Telea.radius(width, height);
      Box original = new Box(left, top, left + width, top + height);
      Telea.inpaint(canvas, seamBand(original, radius, newWidth, newHeight, mats), radius, mats);
      return new EditedImage(mats.png(canvas), new Box(0, 0, newWidth, newHeight));
    }
  }

  /** The new side length: the ratio times the old one, rounded half up, and at least one pixel more. */
  static int scaled(int side, double ratio) {
    return Math.max(side + 1, (int) Math.round(side * ratio));
  }

  /** A mask of the ring of the given width around the original, outside it. */
  private static Mat seamBand(Box original, int bandWidth, int canvasWidth, int canvasHeight, Mats mats) {
    Mat mask = mats.own(Mat.zeros(canvasHeight, canvasWidth, CvType.CV_8UC1));
    mats.region(mask, original.grown(bandWidth, canvasWidth, canvasHeight)).setTo(new Scalar(255));
    mats.region(mask, original).setTo(new Scalar(0));
    return mask;
  }
}
