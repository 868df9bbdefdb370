package dev.vlb.engine.bootstrap.image;

import org.opencv.core.Mat;
import org.opencv.photo.Photo;

/** Telea's fast-marching inpainting, with a radius that follows the image's scale but stays cheap. */
final class Telea {

  /** Below this, the fill copies single pixels and streaks. */
  private static final int MIN_RADIUS = 3;
  /** Cost grows with the radius squared for every filled pixel; beyond this it only blurs more. */
  private static final int MAX_RADIUS = 8;
  /** One pixel of radius per this many pixels of the image's short side. */
  private static final int PIXELS_PER_RADIUS = 100;

  private Telea() {}

  /** The neighbourhood radius for an image of this size: about 1% of its short side, capped. */
  static int radius(int width, int height) {
    int scaled = Math.round(Math.min(width, height) / (float) PIXELS_PER_RADIUS);
    return Math.max(MIN_RADIUS, Math.min(MAX_RADIUS, scaled));
  }

  /** Fills the mask's non-zero pixels of the image in place; the others stay as they are. */
  static void inpaint(Mat image, Mat mask, int radius, Mats mats) {
    Mat filled = mats.mat();
    Photo.inpaint(image, mask, filled, radius, Photo.INPAINT_TELEA);
    filled.copyTo(image);
  }
}
