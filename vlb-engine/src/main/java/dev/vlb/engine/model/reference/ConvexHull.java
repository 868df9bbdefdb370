package dev.vlb.engine.model.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The convex hull of a pixel region, built from the corners of each row's outermost pixels. */
final class ConvexHull {

  /** Pixel corners overshoot the drawn edge by about half a pixel; distances are taken back by it. */
  private static final double CORNER_OVERSHOOT = 0.5;

  private final double[][] vertices;

  private ConvexHull(double[][] vertices) {
    this.vertices = vertices;
  }

  /** @param rows entries {y, leftmost x, rightmost x} */
  static ConvexHull ofRows(int[][] rows) {
    List<double[]> corners = new ArrayList<>();
    for (int[] row : rows) {
      corners.add(new double[] {row[1], row[0]});
      corners.add(new double[] {row[1], row[0] + 1});
      corners.add(new double[] {row[2] + 1, row[0]});
      corners.add(new double[] {row[2] + 1, row[0] + 1});
    }
    corners.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
    return new ConvexHull(monotoneChain(corners));
  }

  /** Andrew's monotone chain: lower then upper hull, counter-clockwise, without collinear points. */
  private static double[][] monotoneChain(List<double[]> sorted) {
    int n = sorted.size();
    double[][] hull = new double[2 * n][];
    int k = 0;
    for (int i = 0; i < n; i++) {
      while (k >= 2 && cross(hull[k - 2], hull[k - 1], sorted.get(i)) <= 0) {
        k--;
      }
      hull[k++] = sorted.get(i);
    }
    for (int i = n - 2, lower = k + 1; i >= 0; i--) {
      while (k >= lower && cross(hull[k - 2], hull[k - 1], sorted.get(i)) <= 0) {
        k--;
      }
      hull[k++] = sorted.get(i);
    }
    return java.util.Arrays.copyOf(hull, Math.max(1, k - 1));
  }

  private static double cross(double[] o, double[] a, double[] b) {
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  }

  double area() {
    double twice = 0;
    for (int i = 0; i < vertices.length; i++) {
      double[] a = vertices[i];
      double[] b = vertices[(i + 1) % vertices.length];
      twice += a[0] * b[1] - b[0] * a[1];
    }
    return Math.abs(twice) / 2;
  }

  double farthestVertex(double x, double y) {
    double farthest = 0;
    for (double[] vertex : vertices) {
      farthest = Math.max(farthest, Math.hypot(vertex[0] - x, vertex[1] - y));
    }
    return Math.max(0, farthest - CORNER_OVERSHOOT);
  }

  double nearestEdge(double x, double y) {
    double nearest = Double.MAX_VALUE;
    for (int i = 0; i < vertices.length; i++) {
      double[] a = vertices[i];
      double[] b = vertices[(i + 1) % vertices.length];
      double length = Math.hypot(b[0] - a[0], b[1] - a[1]);
      if (length > 0) {
        nearest = Math.min(nearest, Math.abs(cross(a, b, new double[] {x, y})) / length);
      }
    }
    return nearest == Double.MAX_VALUE ? 0 : Math.max(0, nearest - CORNER_OVERSHOOT);
  }
}
