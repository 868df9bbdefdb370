package dev.vlb.engine.world;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The scene graph of one synthetic image: objects in drawing order (later ones may cover earlier
 * ones) and the zoom that outpainting applies to every object's size.
 */
record Scene(List<SceneObject> objects, double zoom) {

  static final int WIDTH = 320;
  static final int HEIGHT = 240;
  static final Color BACKGROUND = new Color(238, 238, 238);
  /** Share of an object's area that must stay visible, so that questions about it stay fair. */
  static final double MIN_VISIBLE = 0.5;
  /** Centres closer than this (times zoom) along an axis have no clear spatial relation. */
  static final double SPATIAL_TOLERANCE = 10;

  private static final int VISIBILITY_GRID = 24;
  private static final Rectangle2D CANVAS = new Rectangle2D.Double(0, 0, WIDTH, HEIGHT);

  Scene {
    objects = List.copyOf(objects);
    if (!(zoom > 0)) {
      throw new IllegalArgumentException("zoom must be positive, was " + zoom);
    }
  }

  static Scene of(SceneObject... objects) {
    return new Scene(List.of(objects), 1.0);
  }

  int size() {
    return objects.size();
  }

  Scene with(SceneObject object) {
    List<SceneObject> more = new ArrayList<>(objects);
    more.add(object);
    return new Scene(more, zoom);
  }

  /** The scene with the object drawn first, beneath all others. */
  Scene beneath(SceneObject object) {
    List<SceneObject> more = new ArrayList<>(objects);
    more.add(0, object);
    return new Scene(more, zoom);
  }

  Scene without(int index) {
    List<SceneObject> fewer = new ArrayList<>(objects);
    fewer.remove(index);
    return new Scene(fewer, zoom);
  }

  /**
   * The scene on a canvas extended by ratio around the original, then scaled back to 320x240: every
   * object moves towards the centre and shrinks by 1/ratio.
   */
  Scene outpainted(double ratio) {
    Rectangle2D window = window(ratio);
    double shrink = 1 / ratio;
    List<SceneObject> moved =
        objects.stream()
            .map(o -> o.movedTo(window.getX() + o.x() * shrink, window.getY() + o.y() * shrink))
            .toList();
    return new Scene(moved, zoom * shrink);
  }

  /** Where the original canvas lies after outpainting by ratio. */
  static Rectangle2D window(double ratio) {
    double width = WIDTH / ratio;
    double height = HEIGHT / ratio;
    return new Rectangle2D.Double((WIDTH - width) / 2, (HEIGHT - height) / 2, width, height);
  }

  double tolerance() {
    return SPATIAL_TOLERANCE * zoom;
  }

  long count(Predicate<SceneObject> filter) {
    return objects.stream().filter(filter).count();
  }

  /** The object the filter designates, when it designates exactly one. */
  Optional<SceneObject> unique(Predicate<SceneObject> filter) {
    List<SceneObject> matches = objects.stream().filter(filter).toList();
    return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
  }

  /** Whether a referring name such as "red circle" designates exactly one object. */
  boolean hasUniqueName(SceneObject object) {
    return count(o -> o.is(object.colour(), object.shape())) == 1;
  }

  /**
   * The share of the object's area that is on the canvas and not covered by objects drawn after it,
   * sampled on a grid over its bounding box (scale-free, so zoom does not change it).
   */
  double visibility(int index) {
    return visibility(index, outlines());
  }

  /**
   * Whether every object keeps at least the given share of its area visible. The world generator asks
   * this of every placement it tries, so the outlines are drawn once for all objects.
   */
  boolean fair(double minVisible) {
    List<java.awt.Shape> outlines = outlines();
    for (int i = 0; i < objects.size(); i++) {
      if (visibility(i, outlines) < minVisible) {
        return false;
      }
    }
    return true;
  }

  private List<java.awt.Shape> outlines() {
    return objects.stream().map(o -> o.outline(zoom)).toList();
  }

  private static double visibility(int index, List<java.awt.Shape> outlines) {
    java.awt.Shape outline = outlines.get(index);
    Rectangle2D box = outline.getBounds2D();
    List<java.awt.Shape> above =
        outlines.subList(index + 1, outlines.size()).stream().filter(s -> s.intersects(box)).toList();
    if (above.isEmpty() && CANVAS.contains(box)) {
      return 1;
    }
    int inside = 0;
    int visible = 0;
    for (int i = 0; i < VISIBILITY_GRID; i++) {
      for (int j = 0; j < VISIBILITY_GRID; j++) {
        double px = box.getX() + (i + 0.5) * box.getWidth() / VISIBILITY_GRID;
        double py = box.getY() + (j + 0.5) * box.getHeight() / VISIBILITY_GRID;
        if (outline.contains(px, py)) {
          inside++;
          if (onCanvas(px, py) && uncovered(above, px, py)) {
            visible++;
          }
        }
      }
    }
    return inside == 0 ? 0 : (double) visible / inside;
  }

  private static boolean uncovered(List<java.awt.Shape> above, double x, double y) {
    for (java.awt.Shape shape : above) {
      if (shape.contains(x, y)) {
        return false;
      }
    }
    return true;
  }

  /** Whether some object reaches beyond the canvas edge. */
  boolean cutByEdge() {
    return objects.stream().anyMatch(this::cutByEdge);
  }

  /** Whether the object reaches beyond the canvas edge. */
  boolean cutByEdge(SceneObject object) {
    return !CANVAS.contains(object.outline(zoom).getBounds2D());
  }

  private static boolean onCanvas(double x, double y) {
    return x >= 0 && x < WIDTH && y >= 0 && y < HEIGHT;
  }
}
