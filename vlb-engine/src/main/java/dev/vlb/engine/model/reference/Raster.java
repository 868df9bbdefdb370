package dev.vlb.engine.model.reference;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Decoded RGB pixels, row-major, as {@code 0xRRGGBB}. */
record Raster(int width, int height, int[] rgb) {

  static Raster decode(byte[] encoded) {
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(encoded));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot decode the query image", e);
    }
    if (image == null) {
      throw new IllegalArgumentException("The query image is not in a format ImageIO can read");
    }
    int width = image.getWidth();
    int height = image.getHeight();
    return new Raster(width, height, image.getRGB(0, 0, width, height, null, 0, width));
  }

  /**
   * A box-filtered copy at {@code scale} (at most 1): every target pixel averages the source pixels
   * whose centres fall into it, so thin edges blend into the background as in a low-resolution view.
   */
  Raster scaled(double scale) {
    if (scale >= 1) {
      return this;
    }
    int targetWidth = Math.max(1, (int) Math.round(width * scale));
    int targetHeight = Math.max(1, (int) Math.round(height * scale));
    int[] sums = new int[targetWidth * targetHeight * 4];
    for (int y = 0; y < height; y++) {
      int ty = Math.min(targetHeight - 1, (int) ((y + 0.5) * targetHeight / height));
      for (int x = 0; x < width; x++) {
        int tx = Math.min(targetWidth - 1, (int) ((x + 0.5) * targetWidth / width));
        int pixel = rgb[y * width + x];
        int at = (ty * targetWidth + tx) * 4;
        sums[at] += (pixel >> 16) & 0xFF;
        sums[at + 1] += (pixel >> 8) & 0xFF;
        sums[at + 2] += pixel & 0xFF;
        sums[at + 3]++;
      }
    }
    int[] target = new int[targetWidth * targetHeight];
    for (int i = 0; i < target.length; i++) {
      int n = Math.max(1, sums[i * 4 + 3]);
      target[i] = (sums[i * 4] / n) << 16 | (sums[i * 4 + 1] / n) << 8 | sums[i * 4 + 2] / n;
    }
    return new Raster(targetWidth, targetHeight, target);
  }
}
