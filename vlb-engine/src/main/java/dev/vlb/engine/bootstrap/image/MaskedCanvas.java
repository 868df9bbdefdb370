package dev.vlb.engine.bootstrap.image;

import dev.vlb.api.spi.Image;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

/**
 * What a remote painter is sent for an edit: a canvas and a mask of where to paint on it. The canvas is
 * the photograph, or for an outpainting the photograph centred on the grown canvas with its edges
 * reflected into the border, colours for the model to start from (a generative model's seed varies the
 * fill, so the photograph need not move as the OpenCV painter's does).
 *
 * @param canvas BGR pixels
 * @param mask one channel of the canvas's size: 255 where the painter paints, 0 where it keeps the canvas
 * @param painted the bounding box of the mask: the removal's grown box, the addition's box, or the whole
 *     canvas of an outpainting
 */
record MaskedCanvas(Mat canvas, Mat mask, Box painted) {

  /**
   * How far a removal's hole reaches beyond the box: the object's outline and shadow lie just outside a
   * box that hugs it, and a generative fill blends over the margin.
   */
  static final int REMOVAL_MARGIN = 8;

  /**
   * @throws IllegalArgumentException when the image is not a PNG or JPEG or the box does not lie inside it
   */
  static MaskedCanvas of(Image image, ImageEdit edit, Mats mats) {
    Mat pixels = mats.decode(image, false);
    int width = pixels.cols();
    int height = pixels.rows();
    if (edit instanceof ImageEdit.Outpaint outpaint) {
      Outpainting.Layout layout = Outpainting.Layout.centred(width, height, outpaint);
      Mat mask = mats.own(new Mat(layout.height(), layout.width(), CvType.CV_8UC1, new Scalar(255)));
      mats.region(mask, layout.original()).setTo(new Scalar(0));
      return new MaskedCanvas(layout.reflected(pixels, mats), mask, layout.whole());
    }
    Box painted = edit instanceof ImageEdit.Remove remove
        ? remove.box().requireInside(width, height).grown(REMOVAL_MARGIN, width, height)
        : ((ImageEdit.Add) edit).box().requireInside(width, height);
    Mat mask = mats.own(Mat.zeros(height, width, CvType.CV_8UC1));
    mats.region(mask, painted).setTo(new Scalar(255));
    return new MaskedCanvas(pixels, mask, painted);
  }

  int width() {
    return canvas.cols();
  }

  int height() {
    return canvas.rows();
  }
}
