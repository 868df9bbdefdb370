package dev.vlb.engine.bootstrap.image;

import dev.vlb.api.spi.Image;
import java.util.Random;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * V3 without a generative model: the canvas grows by the ratio, the image stays near its centre, and
 * the new border is the image reflected at its edges and then blurred until it carries colour and light
 * but no detail: a plain reflection would show what lies near an edge a second time (a second ball for
 * "how many balls?"). A band just outside the seam is inpainted so the edge does not stand out. The
 * original pixels are kept exactly.
 *
 * <p>The seed moves the image off-centre by up to a quarter of each margin. Nothing else here is
 * random, and without it a retry after a judge's rejection would give the same image; moved, each side
 * reflects a different strip of the photograph into a border of a different width.
 */
final class Outpainting {

  private Outpainting() {}

  static EditedImage apply(Image image, ImageEdit.Outpaint outpaint, long seed) {
    try (Mats mats = new Mats()) {
      Mat pixels = mats.decode(image, false);
      Layout layout = Layout.centred(pixels.cols(), pixels.rows(), outpaint).shifted(seed);
      Mat canvas = layout.reflected(pixels, mats);
      defocus(canvas, mats);
      pixels.copyTo(mats.region(canvas, layout.original()));
      int radius = Telea.radius(pixels.cols(), pixels.rows());
      Telea.inpaint(canvas, seamBand(layout, radius, mats), radius, mats);
      return new EditedImage(mats.png(canvas), layout.whole());
    }
  }

  /**
   * The canvas of an outpainting.
   *
   * @param original where the image sits on it
   */
  record Layout(int width, int height, Box original) {

    /** The canvas grown by the ratio, the image in its centre (a spare pixel goes right and down). */
    static Layout centred(int imageWidth, int imageHeight, ImageEdit.Outpaint outpaint) {
      int width = scaled(imageWidth, outpaint.ratio());
      int height = scaled(imageHeight, outpaint.ratio());
      int left = (width - imageWidth) / 2;
      int top = (height - imageHeight) / 2;
      return new Layout(width, height, new Box(left, top, left + imageWidth, top + imageHeight));
    }

    /** The image moved by up to a quarter of the left and top margins either way, as the seed decides. */
    Layout shifted(long seed) {
      Random random = new Random(seed);
      int dx = offset(random, original.xMin() / 4);
      int dy = offset(random, original.yMin() / 4);
      return new Layout(width, height,
          new Box(original.xMin() + dx, original.yMin() + dy, original.xMax() + dx, original.yMax() + dy));
    }

    private static int offset(Random random, int reach) {
      return random.nextInt(2 * reach + 1) - reach;
    }

    Box whole() {
      return new Box(0, 0, width, height);
    }

    /** The image in its place, its edges reflected into the border. */
    Mat reflected(Mat pixels, Mats mats) {
      Mat canvas = mats.mat();
      Core.copyMakeBorder(pixels, canvas, original.yMin(), height - original.yMax(), original.xMin(),
          width - original.xMax(), Core.BORDER_REFLECT);
      return canvas;
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
  private static Mat seamBand(Layout layout, int bandWidth, Mats mats) {
    Mat mask = mats.own(Mat.zeros(layout.height(), layout.width(), CvType.CV_8UC1));
    mats.region(mask, layout.original().grown(bandWidth, layout.width(), layout.height())).setTo(new Scalar(255));
    mats.region(mask, layout.original()).setTo(new Scalar(0));
    return mask;
  }
}
