package dev.vlb.engine.contamination;

import dev.vlb.engine.bootstrap.image.Mats;
import java.util.Arrays;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * The 64-bit DCT perceptual hash (pHash): what a picture looks like as a whole, in its coarsest shapes
 * of light and dark, so that resizing, recompression and colour shifts barely change it while another
 * picture differs in about half its bits.
 *
 * <p>The recipe, fixed so that hashes stored in an index stay comparable ({@link #RECIPE} names it):
 * <ol>
 *   <li>the picture in 8-bit grey, as decoded by OpenCV ({@link Pictures#grey});
 *   <li>shrunk to 32x32 with area interpolation (each output pixel the mean of the pixels it covers, so
 *       no detail aliases into the result), as 32-bit floats;
 *   <li>the 2-D discrete cosine transform ({@code Core.dct}); its top-left 8x8 coefficients are the
 *       lowest frequencies;
 *   <li>bit {@code 8 * row + column} is set when that coefficient exceeds the median of the 63 others
 *       than the DC term (the mean brightness, far larger than the rest, which would pull the median
 *       up). The DC bit itself is therefore set for any picture that is not black, so two hashes differ
 *       in at most 63 bits.
 * </ol>
 */
final class PerceptualHash {

  /** Changes whenever the recipe does, so that an index of older hashes is built again. */
  static final String RECIPE = "dct-phash-32-8-median63";

  private static final int SIDE = 32;
  private static final int LOW = 8;

  private PerceptualHash() {}

  /** The hash of the grey picture. */
  static long of(Mat grey, Mats mats) {
    Mat small = mats.mat();
    Imgproc.resize(grey, small, new Size(SIDE, SIDE), 0, 0, Imgproc.INTER_AREA);
    Mat floats = mats.mat();
    small.convertTo(floats, CvType.CV_32F);
    Mat frequencies = mats.mat();
    Core.dct(floats, frequencies);
    float[] all = new float[SIDE * SIDE];
    frequencies.get(0, 0, all);
    float[] low = new float[LOW * LOW];
    for (int row = 0; row < LOW; row++) {
      System.arraycopy(all, row * SIDE, low, row * LOW, LOW);
    }
    float median = medianWithoutDc(low);
    long hash = 0;
    for (int bit = 0; bit < low.length; bit++) {
      if (low[bit] > median) {
        hash |= 1L << bit;
      }
    }
    return hash;
  }

  /** The hash of an encoded picture. */
  static long of(byte[] encoded) {
    try (Mats mats = new Mats()) {
      return of(Pictures.grey(encoded, mats), mats);
    }
  }

  /** How many bits differ. */
  static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  private static float medianWithoutDc(float[] low) {
    float[] ac = Arrays.copyOfRange(low, 1, low.length);
    Arrays.sort(ac);
    return ac[ac.length / 2];
  }
}
