package dev.vlb.engine.model.reference;

import dev.vlb.api.spi.Image;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Draws test scenes the way the world contract describes them: palette fills, 1-px darker outline. */
final class SceneCanvas {

  static final int SMALL = 9;
  static final int MEDIUM = 16;
  static final int LARGE = 26;
  /** The world draws a diamond as a square narrowed to this width. */
  private static final double DIAMOND_WIDTH = 0.65;

  private final BufferedImage image;
  private final Graphics2D graphics;

  private SceneCanvas(int width, int height) {
    image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    graphics = image.createGraphics();
    graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    graphics.setColor(new Color(238, 238, 238));
    graphics.fillRect(0, 0, width, height);
  }

  static SceneCanvas blank() {
    return new SceneCanvas(320, 240);
  }

  static SceneCanvas blank(int width, int height) {
    return new SceneCanvas(width, height);
  }

  SceneCanvas draw(String colour, String shape, double x, double y, double radius) {
    Color fill = fill(colour);
    java.awt.Shape outline = outline(shape, x, y, radius);
    graphics.setColor(fill);
    graphics.fill(outline);
    graphics.setColor(new Color((int) (fill.getRed() * 0.6), (int) (fill.getGreen() * 0.6),
        (int) (fill.getBlue() * 0.6)));
    graphics.setStroke(new BasicStroke(1f));
    graphics.draw(outline);
    return this;
  }

  Image png() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Image.png(bytes.toByteArray(), image.getWidth(), image.getHeight());
  }

  private static Color fill(String colour) {
    return switch (colour) {
      case "red" -> new Color(215, 40, 40);
      case "green" -> new Color(40, 160, 70);
      case "blue" -> new Color(45, 90, 215);
      case "yellow" -> new Color(235, 195, 35);
      case "purple" -> new Color(140, 70, 185);
      case "orange" -> new Color(240, 130, 30);
      default -> throw new IllegalArgumentException("Unknown colour " + colour);
    };
  }

  private static java.awt.Shape outline(String shape, double x, double y, double r) {
    return switch (shape) {
      case "circle" -> new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
      case "square" -> polygon(x, y, r, 1, 4, 45, 1);
      case "diamond" -> polygon(x, y, r, DIAMOND_WIDTH, 4, -90, 1);
      case "triangle" -> polygon(x, y, r, 1, 3, -90, 1);
      case "hexagon" -> polygon(x, y, r, 1, 6, 0, 1);
      case "star" -> polygon(x, y, r, 1, 5, -90, 0.45);
      default -> throw new IllegalArgumentException("Unknown shape " + shape);
    };
  }

  /**
   * A regular polygon, narrowed horizontally by xScale, or a star when the inner radius ratio is
   * below 1.
   */
  private static Path2D polygon(double x, double y, double r, double xScale, int points, double startDegrees,
      double inner) {
    Path2D path = new Path2D.Double();
    int vertices = inner < 1 ? points * 2 : points;
    for (int i = 0; i < vertices; i++) {
      double angle = Math.toRadians(startDegrees + 360.0 * i / vertices);
      double radius = inner < 1 && i % 2 == 1 ? r * inner : r;
      double px = x + radius * xScale * Math.cos(angle);
      double py = y + radius * Math.sin(angle);
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
