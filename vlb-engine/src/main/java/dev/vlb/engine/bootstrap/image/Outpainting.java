package dev.vlb.engine.bootstrap.image;

import dev.vlb.api.spi.Image;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * V3 without a generative model: the canvas grows by the ratio, the image stays in its centre, and the
 * new border is the image reflected at its edges and then blurred until it carries colour and light but
 * no detail: a plain reflection would show what lies near an edge a second time (a second ball for
 * "how many balls?"). A band just outside the seam is inpainted so the edge does not stand out. The
 * original pixels are kept exactly.
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
      defocus(canvas, mats);
      pixels.copyTo(mats.region(canvas, new Box(left, top, left + width, top + height)));
      int radius = Telea.radius(width, height);
      Box original = new Box(left, top, left + width, top + height);
      Telea.inpaint(canvas, seamBand(original, radius, newWidth, newHeight, mats), radius, mats);
      return new EditedImage(mats.png(canvas), new Box(0, 0, newWidth, newHeight));
    }
  }

  /**
   * Blurs the whole canvas beyond recognising any object: shrunk to an eighth, blurred there (cheap at
   * that size) and grown back.
   */
  private static void defocus(Mat canvas, Mats mats) {
    Mat small = mats.mat();
    Imgproc.resize(canvas, small, new Size(Math.max(1, canvas.cols() / 8), Math.max(1, canvas.rows() / 8)), 0, 0,
        Imgproc.INTER_AREA);
    Imgproc.GaussianBlur(small, small, new Size(0, 0), 3);
    Imgproc.resize(small, canvas, canvas.size(), 0, 0, Imgproc.INTER_LINEAR);
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
