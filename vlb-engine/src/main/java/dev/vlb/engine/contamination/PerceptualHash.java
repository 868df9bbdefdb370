package dev.vlb.engine.contamination;

import dev.vlb.engine.bootstrap.image.Mats;
import java.util.Arrays;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
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
 *
 * <p>A crop moves the hash far: 10% off each side moved it 14 to 32 bits on the example photographs,
 * while two unrelated photographs were 20 or more apart. So a picture is hashed in {@link #VIEWS} views,
 * the whole and five crops a copy is commonly cut to: 10% off every side, and 20% off the left, the
 * top, the right or the bottom. A copy cropped so has (nearly) the hash of the matching view; a crop in
 * between is a few bits from the nearest view.
 */
final class PerceptualHash {

  /** Changes whenever the recipe does, so that an index of older hashes is built again. */
  static final String RECIPE = "dct-phash-32-8-median63/views-whole-centre80-sides80";

  /** The share cut off the left, top, right and bottom for each view; the first view is the whole. */
  private static final double[][] CROPS = {
    {0, 0, 0, 0}, {0.1, 0.1, 0.1, 0.1}, {0.2, 0, 0, 0}, {0, 0.2, 0, 0}, {0, 0, 0.2, 0}, {0, 0, 0, 0.2},
  };

  /** How many hashes {@link #views} gives; index 0 is the whole picture. */
  static final int VIEWS = CROPS.length;

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

  /** The hashes of the picture's views, the whole first. */
  static long[] views(Mat grey, Mats mats) {
    long[] hashes = new long[VIEWS];
    for (int view = 0; view < VIEWS; view++) {
      hashes[view] = of(mats.own(grey.submat(crop(grey, CROPS[view]))), mats);
    }
    return hashes;
  }

  private static Rect crop(Mat grey, double[] cut) {
    int left = (int) Math.round(grey.cols() * cut[0]);
    int top = (int) Math.round(grey.rows() * cut[1]);
    int right = grey.cols() - (int) Math.round(grey.cols() * cut[2]);
    int bottom = grey.rows() - (int) Math.round(grey.rows() * cut[3]);
    return new Rect(left, top, Math.max(1, right - left), Math.max(1, bottom - top));
  }

  /**
   * The mapping that carries one picture's view onto another's: when the two hashes agree, the two crops
   * likely show the same part, so this is where a copy would put the candidate.
   *
   * @return a 3x3 perspective matrix (scale and shift only) in the pixels of the two pictures given
   */
  static Mat viewMapping(Mat candidate, int candidateView, Mat query, int queryView, Mats mats) {
    Rect from = crop(candidate, CROPS[candidateView]);
    Rect to = crop(query, CROPS[queryView]);
    double sx = (double) to.width / from.width;
    double sy = (double) to.height / from.height;
    Mat mapping = mats.own(Mat.eye(3, 3, CvType.CV_64F));
    mapping.put(0, 0, sx, 0, to.x - sx * from.x, 0, sy, to.y - sy * from.y, 0, 0, 1);
    return mapping;
  }

  /** The hash of an encoded picture, whole. */
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
