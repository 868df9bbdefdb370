package dev.vlb.engine.bootstrap.image;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.Image;
import org.apiguardian.api.API;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Two images composed into one, each under its label, for a model that is sent one image per query but
 * must compare two (the LVLM judge: original and variant). They stand side by side at a common height;
 * wide ones are stacked at a common width instead, since a strip twice as wide again would be shrunk by
 * the model's image processor until details are lost. The common side is the larger of the two, capped
 * at {@value #MAX_SIDE} pixels. Panels are separated by a grey gap, labels are black on white.
 */
@API(status = INTERNAL, since = "0.1")
public final class Montage {

  /** The height of the white band above each panel that carries its label. */
  static final int LABEL_HEIGHT = 28;
  /** The grey gap between the panels, so two images with equal backgrounds do not merge. */
  static final int GAP = 12;
  /** The longest common side: larger images are scaled down to it, keeping the request small. */
  static final int MAX_SIDE = 1024;
  /** Images whose mean width/height ratio (at the common height) exceeds this are stacked. */
  static final double WIDE = 1.5;

  private static final Scalar WHITE = new Scalar(255, 255, 255);
  private static final Scalar GREY = new Scalar(128, 128, 128);
  private static final Scalar BLACK = new Scalar(0, 0, 0);
  private static final int FONT = Imgproc.FONT_HERSHEY_SIMPLEX;
  /** Strokes two pixels wide, one once the text is small enough for two to fill its letters in. */
  private static final double THIN_BELOW_SCALE = 0.5;
  /** The label's text fills this share of its band's height, less when the panel is too narrow for it. */
  private static final double TEXT_SHARE = 0.6;
  private static final int MARGIN = 4;

  private Montage() {}

  /**
   * The two images in one PNG, {@code first} left of (or above) {@code second}, each under its label.
   *
   * @throws IllegalArgumentException when an image is not a PNG or JPEG
   */
  public static Image of(String firstLabel, Image first, String secondLabel, Image second) {
    try (Mats mats = new Mats()) {
      Mat a = mats.decode(first, false);
      Mat b = mats.decode(second, false);
      return mats.png(stacked(a, b)
          ? column(firstLabel, a, secondLabel, b, mats)
          : row(firstLabel, a, secondLabel, b, mats));
    }
  }

  private static boolean stacked(Mat a, Mat b) {
    double meanRatio = ((double) a.cols() / a.rows() + (double) b.cols() / b.rows()) / 2;
    return meanRatio > WIDE;
  }

  private static Mat row(String firstLabel, Mat a, String secondLabel, Mat b, Mats mats) {
    int height = Math.min(Math.max(a.rows(), b.rows()), MAX_SIDE);
    Mat left = scaled(a, scaledSide(a.cols(), height, a.rows()), height, mats);
    Mat right = scaled(b, scaledSide(b.cols(), height, b.rows()), height, mats);
    Mat canvas = canvas(left.cols() + GAP + right.cols(), LABEL_HEIGHT + height, mats);
    Imgproc.rectangle(canvas, new Point(left.cols(), 0), new Point(left.cols() + GAP - 1, canvas.rows() - 1), GREY, -1);
    place(canvas, firstLabel, left, 0, 0, mats);
    place(canvas, secondLabel, right, left.cols() + GAP, 0, mats);
    return canvas;
  }

  private static Mat column(String firstLabel, Mat a, String secondLabel, Mat b, Mats mats) {
    int width = Math.min(Math.max(a.cols(), b.cols()), MAX_SIDE);
    Mat top = scaled(a, width, scaledSide(a.rows(), width, a.cols()), mats);
    Mat bottom = scaled(b, width, scaledSide(b.rows(), width, b.cols()), mats);
    int secondTop = LABEL_HEIGHT + top.rows() + GAP;
    Mat canvas = canvas(width, secondTop + LABEL_HEIGHT + bottom.rows(), mats);
    Imgproc.rectangle(canvas, new Point(0, secondTop - GAP), new Point(width - 1, secondTop - 1), GREY, -1);
    place(canvas, firstLabel, top, 0, 0, mats);
    place(canvas, secondLabel, bottom, 0, secondTop, mats);
    return canvas;
  }

  /** The other side of an image scaled so that {@code side} becomes {@code target}, at least one pixel. */
  private static int scaledSide(int other, int target, int side) {
    return Math.max(1, (int) Math.round((double) other * target / side));
  }

  private static Mat scaled(Mat image, int width, int height, Mats mats) {
    if (image.cols() == width && image.rows() == height) {
      return image;
    }
    Mat resized = mats.mat();
    int interpolation = width < image.cols() ? Imgproc.INTER_AREA : Imgproc.INTER_LINEAR;
    Imgproc.resize(image, resized, new Size(width, height), 0, 0, interpolation);
    return resized;
  }

  private static Mat canvas(int width, int height, Mats mats) {
    return mats.own(new Mat(height, width, CvType.CV_8UC3, WHITE));
  }

  /** The label in the band at (x, y) and the panel below it. */
  private static void place(Mat canvas, String label, Mat panel, int x, int y, Mats mats) {
    panel.copyTo(mats.region(canvas, new Box(x, y + LABEL_HEIGHT, x + panel.cols(), y + LABEL_HEIGHT + panel.rows())));
    Size unit = Imgproc.getTextSize(label, FONT, 1, 2, new int[1]);
    double scale = Math.max(0.1, Math.min(TEXT_SHARE * LABEL_HEIGHT / unit.height, (panel.cols() - 2.0 * MARGIN) / unit.width));
    int textHeight = (int) Math.round(unit.height * scale);
    int baseline = y + (LABEL_HEIGHT + textHeight) / 2;
    Imgproc.putText(canvas, label, new Point(x + MARGIN, baseline), FONT, scale, BLACK,
        scale < THIN_BELOW_SCALE ? 1 : 2, Imgproc.LINE_AA);
  }
}
