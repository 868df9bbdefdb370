package dev.vlb.engine.bootstrap.image;

import dev.vlb.api.spi.Image;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

/**
 * V2 without a generative model: the box, grown by a few pixels so the object's outline goes too, is
 * filled by Telea inpainting from its surroundings. Only a window around the hole is inpainted, since
 * Telea reads no further than its radius; every pixel outside the hole is kept exactly.
 */
final class Removal {

  /** How far the hole reaches beyond the box: a planner's box hugs the object, its edge lies just outside. */
  static final int DILATION = 3;

  private Removal() {}

  static EditedImage apply(Image image, ImageEdit.Remove remove) {
    try (Mats mats = new Mats()) {
      Mat pixels = mats.decode(image, false);
      int width = pixels.cols();
      int height = pixels.rows();
      Box hole = remove.box().requireInside(width, height).grown(DILATION, width, height);
      int radius = Telea.radius(width, height);
      Box window = hole.grown(2 * radius, width, height);
      Mat mask = mats.own(Mat.zeros(window.height(), window.width(), CvType.CV_8UC1));
      mats.region(mask, hole.relativeTo(window)).setTo(new Scalar(255));
      Telea.inpaint(mats.region(pixels, window), mask, radius, mats);
      return new EditedImage(mats.png(pixels), hole);
    }
  }
}
