package dev.vlb.engine.bootstrap.image;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.Image;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Objects to place with {@link ImageEdit.Add}, drawn here with OpenCV's primitives so that their
 * origin and licence are plain: PNGs with an alpha channel, transparent around the object, in the
 * object's natural proportions (a planner keeps them when it chooses a box). The same name always
 * gives the same bytes.
 */
@API(status = INTERNAL, since = "0.1")
public final class CutOuts {

  private static final Map<Kind, Image> DRAWN = new ConcurrentHashMap<>();

  private CutOuts() {}

  /** The names of the objects, in a fixed order. */
  public static List<String> names() {
    return Arrays.stream(Kind.values()).map(Kind::label).toList();
  }

  /**
   * The object of this name as a PNG with alpha.
   *
   * @throws IllegalArgumentException naming the known objects when there is none of this name
   */
  public static Image get(String name) {
    Kind kind = Arrays.stream(Kind.values())
        .filter(candidate -> candidate.label().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No cut-out named '" + name + "'; there are " + names()));
    return drawn(kind);
  }

  /**
   * The object a planner's name asks for: the one whose label is a word of the name, singular or plural,
   * case aside ("ball", "Red ball", "balls"). Of several, the first wins: "a cup on a box" is a cup.
   * Colours and other words are not drawn: a "blue ball" is the red one.
   */
  static Optional<Image> find(String name) {
    return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
        .flatMap(word -> Arrays.stream(Kind.values()).filter(kind -> kind.names(word)))
        .findFirst()
        .map(CutOuts::drawn);
  }

  private static Image drawn(Kind kind) {
    return DRAWN.computeIfAbsent(kind, CutOuts::draw);
  }

  private static Image draw(Kind kind) {
    try (Mats mats = new Mats()) {
      Mat canvas = mats.own(Mat.zeros(kind.height, kind.width, CvType.CV_8UC4));
      kind.draw(canvas);
      return mats.png(straightAlpha(canvas, mats));
    }
  }

  /**
   * Anti-aliased drawing on a transparent canvas mixes every channel with transparent black, so edge
   * pixels come out dark as well as translucent; dividing the colours by the alpha gives them back
   * their colour, and only the alpha says how much of the pixel the object covers.
   */
  private static Mat straightAlpha(Mat canvas, Mats mats) {
    Mat colours = mats.mat();
    canvas.convertTo(colours, CvType.CV_32FC4);
    List<Mat> planes = new ArrayList<>();
    Core.split(colours, planes);
    planes.forEach(mats::own);
    Mat alpha = planes.get(3);
    Mat divisor = mats.mat();
    Core.max(alpha, new Scalar(1), divisor);
    for (int channel = 0; channel < 3; channel++) {
      Core.multiply(planes.get(channel), new Scalar(255), planes.get(channel));
      Core.divide(planes.get(channel), divisor, planes.get(channel));
    }
    Mat merged = mats.mat();
    Core.merge(planes, merged);
    Mat result = mats.mat();
    merged.convertTo(result, CvType.CV_8UC4);
    return result;
  }

  /** Colours are blue, green, red, opaque. */
  private static Scalar bgr(int blue, int green, int red) {
    return new Scalar(blue, green, red, 255);
  }

  private static void polygon(Mat canvas, Scalar colour, int... xy) {
    Point[] points = new Point[xy.length / 2];
    for (int i = 0; i < points.length; i++) {
      points[i] = new Point(xy[2 * i], xy[2 * i + 1]);
    }
    MatOfPoint outline = new MatOfPoint(points);
    Imgproc.fillPoly(canvas, List.of(outline), colour, Imgproc.LINE_AA);
    outline.release();
  }

  private static void ellipse(Mat canvas, Scalar colour, int x, int y, int halfWidth, int halfHeight, int thickness) {
    Imgproc.ellipse(canvas, new Point(x, y), new Size(halfWidth, halfHeight), 0, 0, 360, colour, thickness,
        Imgproc.LINE_AA);
  }

  private enum Kind {
    /** A red ball, lit from the upper left. */
    BALL(160, 160) {
      @Override
      void draw(Mat canvas) {
        int steps = 24;
        for (int i = 0; i < steps; i++) {
          double t = i / (double) steps;
          int radius = (int) Math.round(76 * (1 - 0.85 * t));
          int x = (int) Math.round(80 - 22 * t);
          int y = (int) Math.round(80 - 22 * t);
          ellipse(canvas, bgr(20 + (int) (70 * t), 20 + (int) (70 * t), 140 + (int) (115 * t)), x, y, radius, radius, -1);
        }
        ellipse(canvas, bgr(235, 235, 255), 52, 50, 12, 8, -1);
      }
    },
    /** A blue mug with a handle, coffee inside. */
    CUP(150, 160) {
      @Override
      void draw(Mat canvas) {
        ellipse(canvas, bgr(150, 90, 40), 112, 85, 26, 34, 12);
        polygon(canvas, bgr(190, 120, 50), 14, 30, 116, 30, 100, 150, 30, 150);
        ellipse(canvas, bgr(160, 100, 40), 65, 150, 35, 7, -1);
        polygon(canvas, bgr(230, 200, 170), 22, 70, 108, 70, 106, 84, 24, 84);
        ellipse(canvas, bgr(215, 160, 90), 65, 30, 51, 12, -1);
        ellipse(canvas, bgr(30, 55, 90), 65, 31, 44, 8, -1);
      }
    },
    /** A closed cardboard box seen from above and the front, with tape on its lid. */
    BOX(170, 160) {
      @Override
      void draw(Mat canvas) {
        polygon(canvas, bgr(60, 120, 175), 12, 58, 118, 58, 118, 152, 12, 152);
        polygon(canvas, bgr(95, 160, 210), 12, 58, 56, 10, 162, 10, 118, 58);
        polygon(canvas, bgr(40, 90, 140), 118, 58, 162, 10, 162, 108, 118, 152);
        polygon(canvas, bgr(150, 200, 225), 34, 34, 140, 34, 134, 40, 40, 40);
        polygon(canvas, bgr(150, 200, 225), 60, 58, 72, 58, 72, 90, 60, 90);
      }
    },
    /** A green glass bottle with a red cap and a pale label. */
    BOTTLE(70, 200) {
      @Override
      void draw(Mat canvas) {
        polygon(canvas, bgr(50, 120, 30), 8, 80, 62, 80, 62, 190, 8, 190);
        ellipse(canvas, bgr(50, 120, 30), 35, 80, 27, 26, -1);
        ellipse(canvas, bgr(50, 120, 30), 35, 190, 27, 6, -1);
        polygon(canvas, bgr(50, 120, 30), 25, 18, 45, 18, 45, 62, 25, 62);
        polygon(canvas, bgr(40, 40, 200), 23, 4, 47, 4, 47, 22, 23, 22);
        polygon(canvas, bgr(200, 235, 240), 8, 115, 62, 115, 62, 155, 8, 155);
        polygon(canvas, bgr(120, 200, 120), 14, 84, 20, 84, 20, 180, 14, 180);
      }
    };

    private final int width;
    private final int height;

    Kind(int width, int height) {
      this.width = width;
      this.height = height;
    }

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the word is this object's label or its plural. */
    boolean names(String word) {
      String label = label();
      return word.equals(label) || word.equals(label + "s") || word.equals(label + "es");
    }

    abstract void draw(Mat canvas);
  }
}
