package dev.vlb.engine.bootstrap.image;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * A rectangle in an image's pixel coordinates, half-open as OpenCV's: it covers columns {@code xMin}
 * to {@code xMax - 1} and rows {@code yMin} to {@code yMax - 1}. It is never empty; whether it lies
 * inside a given image is checked where the image is known ({@link #requireInside}).
 */
@API(status = INTERNAL, since = "0.1")
public record Box(int xMin, int yMin, int xMax, int yMax) {

  public Box {
    if (xMin < 0 || yMin < 0) {
      throw new IllegalArgumentException(describe(xMin, yMin, xMax, yMax) + " has a negative corner");
    }
    if (xMax <= xMin || yMax <= yMin) {
      throw new IllegalArgumentException(describe(xMin, yMin, xMax, yMax) + " is empty: xMax must exceed xMin and yMax yMin");
    }
  }

  public int width() {
    return xMax - xMin;
  }

  public int height() {
    return yMax - yMin;
  }

  /**
   * This box, when it lies inside an image of the given size.
   *
   * @throws IllegalArgumentException naming the box and the image size otherwise
   */
  public Box requireInside(int imageWidth, int imageHeight) {
    if (xMax > imageWidth || yMax > imageHeight) {
      throw new IllegalArgumentException(this + " does not lie inside the " + imageWidth + "x" + imageHeight + " image");
    }
    return this;
  }

  /** This box grown by a margin on every side, cut to the image. */
  Box grown(int margin, int imageWidth, int imageHeight) {
    return new Box(
        Math.max(0, xMin - margin),
        Math.max(0, yMin - margin),
        Math.min(imageWidth, xMax + margin),
        Math.min(imageHeight, yMax + margin));
  }

  /** This box in the coordinates of a region whose top-left corner is the given one. */
  Box relativeTo(Box region) {
    return new Box(xMin - region.xMin, yMin - region.yMin, xMax - region.xMin, yMax - region.yMin);
  }

  @Override
  public String toString() {
    return describe(xMin, yMin, xMax, yMax);
  }

  private static String describe(int xMin, int yMin, int xMax, int yMax) {
    return "box (" + xMin + "," + yMin + ")-(" + xMax + "," + yMax + ")";
  }
}
