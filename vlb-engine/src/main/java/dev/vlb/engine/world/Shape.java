package dev.vlb.engine.world;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.Locale;

/** The shapes of the synthetic world; each is drawn inside a circle of the object's circumradius. */
enum Shape {
  CIRCLE,
  SQUARE,
  TRIANGLE,
  STAR,
  HEXAGON,
  DIAMOND;

  private static final double STAR_INNER_RATIO = 0.45;
  private static final double DIAMOND_WIDTH_RATIO = 0.65;

  /** The word used in questions and answers, e.g. {@code circle}. */
  String canonical() {
    return name().toLowerCase(Locale.ROOT);
  }

  String plural() {
    return canonical() + "s";
  }

  /** The outline centred on (x, y) with circumradius r, in canvas pixels (y grows downwards). */
  java.awt.Shape outline(double x, double y, double r) {
    return switch (this) {
      case CIRCLE -> new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
      case SQUARE -> polygon(x, y, new double[] {r}, 1, 4, -135);
      case TRIANGLE -> polygon(x, y, new double[] {r}, 1, 3, -90);
      case STAR -> polygon(x, y, new double[] {r, r * STAR_INNER_RATIO}, 1, 10, -90);
      case HEXAGON -> polygon(x, y, new double[] {r}, 1, 6, 0);
      case DIAMOND -> polygon(x, y, new double[] {r}, DIAMOND_WIDTH_RATIO, 4, -90);
    };
  }

  /**
   * A polygon of n vertices evenly spaced in angle from startDegrees; vertex i lies at radius
   * radii[i % radii.length], horizontal offsets scaled by xScale (a diamond is a narrowed square).
   */
  private static Path2D polygon(
      double x, double y, double[] radii, double xScale, int n, double startDegrees) {
    Path2D.Double path = new Path2D.Double();
    for (int i = 0; i < n; i++) {
      double angle = Math.toRadians(startDegrees + 360.0 * i / n);
      double radius = radii[i % radii.length];
      double px = x + Math.cos(angle) * radius * xScale;
      double py = y + Math.sin(angle) * radius;
      if (i == 0) {
        path.moveTo(px, py);
      } else {
        path.lineTo(px, py);
      }
    }
    path.closePath();
    return path;
  }
}
