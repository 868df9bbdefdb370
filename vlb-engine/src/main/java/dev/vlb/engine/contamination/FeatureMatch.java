package dev.vlb.engine.contamination;

import dev.vlb.engine.bootstrap.image.Mats;
import java.util.ArrayList;
import java.util.List;
import org.opencv.calib3d.Calib3d;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.DMatch;
import org.opencv.core.KeyPoint;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDMatch;
import org.opencv.core.MatOfKeyPoint;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.features2d.BFMatcher;
import org.opencv.features2d.ORB;
import org.opencv.imgproc.Imgproc;

/**
 * Whether a query is a copy of a candidate, told by local features and then by the pixels themselves.
 *
 * <p>Features: ORB keypoints (corners with a binary descriptor of the patch around them, found at several
 * scales and orientations), matched by Hamming distance, kept when clearly better than the second best
 * (Lowe's ratio test), and kept only if one perspective mapping (a homography, fitted with RANSAC) carries
 * the candidate's keypoints onto the query's. A resized, recompressed, cropped or colour-shifted copy keeps
 * dozens to hundreds of such inliers; an unrelated picture a handful that agree by chance.
 *
 * <p>Pixels: the candidate, carried onto the query by the mapping, is compared with it block by block
 * ({@link #BLOCK} pixels square at the common scale). A block is reproduced when the candidate reaches
 * most of it and the two correlate ({@link #CORRELATION}; correlation ignores brightness and contrast, so
 * a colour shift still counts), or both are flat. The share of the query's blocks reproduced is the
 * coverage: about 1 for a crop of the candidate; about 0.4 for the candidate outpainted to 1.5 times its
 * size (44% of the canvas, less the blocks astride the seam), the new border differing from whatever the
 * candidate has there. A wrong mapping fitted to chance matches
 * reproduces almost nothing.
 *
 * <p>Pictures with few corners (plain shapes, smooth gradients, a small or thin picture) give too few
 * features for a mapping. For them the hash gives one: the two views whose hashes were nearest likely
 * show the same part ({@link PerceptualHash#viewMapping}), and the same block comparison checks it,
 * except that two flat blocks must also be about as bright, and the query's textured blocks must be
 * reproduced as much as all of them: without features to vouch for the mapping, two plain surfaces of
 * different tone are not a copy, and two pictures on the same plain gradient are not one for the gradient.
 *
 * @param inliers matches the feature mapping carries to within {@link #REPROJECTION_PIXELS}; 0 without one
 * @param coverage the share of the query's blocks the candidate reproduces as carried by the feature
 *     mapping, in [0, 1]; 0 without one or when it folds the frame over (no copy does that)
 * @param viewCoverage the same share with the candidate carried by the views' mapping
 */
record FeatureMatch(int inliers, double coverage, double viewCoverage) {

  /**
   * Both pictures are scaled to this many pixels, so a resized copy is compared at the scale of its
   * original; by area rather than longest side, so that a long thin picture keeps room for features.
   */
  private static final int AREA = 512 * 384;
  private static final int FEATURES = 1000;
  /** How much brighter or darker than its ring a corner must be; OpenCV's 20 found too few on smooth pictures. */
  private static final int FAST_THRESHOLD = 10;
  /** Lowe's ratio: the best match must be this much closer than the second best. */
  private static final double RATIO = 0.8;
  /** How far, in pixels at the common scale, a mapped keypoint may land from its match. */
  private static final double REPROJECTION_PIXELS = 5;
  /** The side of a compared block, in pixels at the common scale: about 770 blocks a picture. */
  private static final int BLOCK = 16;
  /** The correlation above which a block counts as reproduced. */
  private static final double CORRELATION = 0.7;
  /** Below this standard deviation of grey levels a block is flat: nothing to correlate. */
  private static final double FLAT = 4;
  /**
   * The share of a query's blocks that must have texture before the textured blocks are counted apart:
   * below it, the picture is plain throughout and only its tones can be compared.
   */
  private static final double MIN_TEXTURED = 0.01;
  /** How far apart in mean grey level two flat blocks may be when no features vouch for the mapping. */
  private static final double FLAT_TONE = 12;

  /**
   * The keypoints and descriptors of one picture, and its grey pixels, at the common scale; released with
   * the {@link Mats} given.
   */
  record Features(List<KeyPoint> keypoints, Mat descriptors, Mat grey) {

    static Features of(Mat grey, Mats mats) {
      double scale = Math.sqrt((double) AREA / ((double) grey.cols() * grey.rows()));
      Mat scaled = mats.mat();
      Imgproc.resize(grey, scaled, new Size(), scale, scale, scale < 1 ? Imgproc.INTER_AREA : Imgproc.INTER_LINEAR);
      MatOfKeyPoint keypoints = mats.own(new MatOfKeyPoint());
      Mat descriptors = mats.mat();
      ORB.create(FEATURES, 1.2f, 8, 31, 0, 2, ORB.HARRIS_SCORE, 31, FAST_THRESHOLD)
          .detectAndCompute(scaled, mats.mat(), keypoints, descriptors);
      return new Features(keypoints.toList(), descriptors, scaled);
    }
  }

  /**
   * The two compared.
   *
   * @param viewMapping carries the candidate's pixels at the common scale onto the query's, as the views
   *     whose hashes were nearest suggest
   */
  static FeatureMatch between(Features query, Features candidate, Mat viewMapping, Mats mats) {
    double viewCoverage = reproduced(viewMapping, candidate.grey(), query.grey(), true, mats);
    Mat inlierMask = mats.mat();
    Mat mapping = featureMapping(query, candidate, inlierMask, mats);
    if (mapping.empty()) {
      return new FeatureMatch(0, 0, viewCoverage);
    }
    return new FeatureMatch(Core.countNonZero(inlierMask), reproduced(mapping, candidate.grey(), query.grey(), false, mats), viewCoverage);
  }

  /** The homography RANSAC fits to the ratio-tested matches, its inliers marked in the mask; empty without one. */
  private static Mat featureMapping(Features query, Features candidate, Mat inlierMask, Mats mats) {
    if (query.keypoints().size() < 2 || candidate.keypoints().size() < 2) {
      return mats.mat();
    }
    List<MatOfDMatch> pairs = new ArrayList<>();
    BFMatcher.create(Core.NORM_HAMMING, false).knnMatch(query.descriptors(), candidate.descriptors(), pairs, 2);
    List<Point> from = new ArrayList<>();
    List<Point> to = new ArrayList<>();
    for (MatOfDMatch pair : pairs) {
      DMatch[] best = mats.own(pair).toArray();
      if (best.length == 2 && best[0].distance < RATIO * best[1].distance) {
        from.add(candidate.keypoints().get(best[0].trainIdx).pt);
        to.add(query.keypoints().get(best[0].queryIdx).pt);
      }
    }
    // A homography needs four pairs, and any four fit one: a fifth is the first evidence.
    if (from.size() < 5) {
      return mats.mat();
    }
    return mats.own(Calib3d.findHomography(mats.own(new MatOfPoint2f(from.toArray(Point[]::new))),
        mats.own(new MatOfPoint2f(to.toArray(Point[]::new))), Calib3d.RANSAC, REPROJECTION_PIXELS, inlierMask));
  }

  /**
   * The share of the query's blocks that the candidate, carried over by the mapping, reproduces; 0 when
   * the mapping folds the candidate's frame over.
   */
  private static double reproduced(Mat mapping, Mat candidate, Mat query, boolean sameTone, Mats mats) {
    if (!keepsShape(mapping, candidate, mats)) {
      return 0;
    }
    Mat carried = mats.mat();
    Imgproc.warpPerspective(candidate, carried, mapping, query.size(), Imgproc.INTER_LINEAR, Core.BORDER_CONSTANT, new Scalar(0));
    Mat reached = mats.mat();
    Imgproc.warpPerspective(mats.own(new Mat(candidate.size(), CvType.CV_8UC1, new Scalar(1))), reached, mapping, query.size(),
        Imgproc.INTER_NEAREST, Core.BORDER_CONSTANT, new Scalar(0));
    int width = query.cols();
    int height = query.rows();
    byte[] q = new byte[width * height];
    byte[] c = new byte[width * height];
    byte[] r = new byte[width * height];
    query.get(0, 0, q);
    carried.get(0, 0, c);
    reached.get(0, 0, r);
    int blocks = 0;
    int same = 0;
    int textured = 0;
    int texturedSame = 0;
    for (int top = 0; top < height; top += BLOCK) {
      for (int left = 0; left < width; left += BLOCK) {
        int w = Math.min(BLOCK, width - left);
        int h = Math.min(BLOCK, height - top);
        boolean reproduced = sameBlock(q, c, r, width, left, top, w, h, sameTone);
        blocks++;
        same += reproduced ? 1 : 0;
        // Without features to vouch for the mapping, plain background agrees with any plain background
        // of its tone: where the query has texture to tell pictures apart, that must be reproduced too.
        if (sameTone && !flat(q, width, left, top, w, h)) {
          textured++;
          texturedSame += reproduced ? 1 : 0;
        }
      }
    }
    double share = (double) same / blocks;
    return textured < MIN_TEXTURED * blocks ? share : Math.min(share, (double) texturedSame / textured);
  }

  /** Whether the query's block is flat: nothing in it tells one picture from another. */
  private static boolean flat(byte[] q, int width, int left, int top, int w, int h) {
    double sum = 0;
    double squares = 0;
    for (int y = top; y < top + h; y++) {
      for (int x = left; x < left + w; x++) {
        int a = q[y * width + x] & 0xff;
        sum += a;
        squares += a * a;
      }
    }
    double n = (double) w * h;
    return squares / n - (sum / n) * (sum / n) < FLAT * FLAT;
  }

  private static boolean sameBlock(byte[] q, byte[] c, byte[] reached, int width, int left, int top, int w, int h, boolean sameTone) {
    long n = 0;
    double sq = 0;
    double sc = 0;
    double sqq = 0;
    double scc = 0;
    double sqc = 0;
    for (int y = top; y < top + h; y++) {
      for (int x = left; x < left + w; x++) {
        int i = y * width + x;
        if (reached[i] != 0) {
          int a = q[i] & 0xff;
          int b = c[i] & 0xff;
          n++;
          sq += a;
          sc += b;
          sqq += a * a;
          scc += b * b;
          sqc += a * b;
        }
      }
    }
    // The candidate must reach most of the block: a sliver of it says little.
    if (n * 4 < (long) w * h * 3) {
      return false;
    }
    double varQ = sqq / n - (sq / n) * (sq / n);
    double varC = scc / n - (sc / n) * (sc / n);
    boolean flatQ = varQ < FLAT * FLAT;
    boolean flatC = varC < FLAT * FLAT;
    if (flatQ || flatC) {
      return flatQ && flatC && (!sameTone || Math.abs(sq - sc) / n <= FLAT_TONE);
    }
    double covariance = sqc / n - (sq / n) * (sc / n);
    return covariance / Math.sqrt(varQ * varC) >= CORRELATION;
  }

  /** Whether the candidate's frame, mapped, still turns the same way at every corner, as a copy's does. */
  private static boolean keepsShape(Mat mapping, Mat candidate, Mats mats) {
    MatOfPoint2f mapped = mats.own(new MatOfPoint2f());
    Core.perspectiveTransform(mats.own(new MatOfPoint2f(new Point(0, 0), new Point(candidate.cols(), 0),
        new Point(candidate.cols(), candidate.rows()), new Point(0, candidate.rows()))), mapped, mapping);
    Point[] quad = mapped.toArray();
    int sign = 0;
    for (int i = 0; i < quad.length; i++) {
      Point a = quad[i];
      Point b = quad[(i + 1) % quad.length];
      Point c = quad[(i + 2) % quad.length];
      int turn = (int) Math.signum((b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x));
      if (turn == 0 || (sign != 0 && turn != sign)) {
        return false;
      }
      sign = turn;
    }
    return true;
  }
}
