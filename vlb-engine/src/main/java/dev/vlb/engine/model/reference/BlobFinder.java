package dev.vlb.engine.model.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Labels every pixel with the nearest palette colour (fill or outline) when it lies within a
 * tolerance, and splits the labelled pixels into 4-connected regions. Anti-aliased edges that blend
 * two colours fall outside the tolerance and separate regions; touching objects of one colour merge.
 */
final class BlobFinder {

  private static final int BACKGROUND = 238;
  private static final int TOLERANCE_SQUARED = 60 * 60;
  private static final int UNLABELLED = -1;
  private static final PaletteColour[] COLOURS = PaletteColour.values();

  private BlobFinder() {}

  static List<Blob> find(Raster raster) {
    int[] labels = label(raster);
    boolean[] seen = new boolean[labels.length];
    int[] queue = new int[labels.length];
    List<Blob> blobs = new ArrayList<>();
    for (int start = 0; start < labels.length; start++) {
      if (labels[start] != UNLABELLED && !seen[start]) {
        int size = flood(raster.width(), raster.height(), labels, seen, queue, start);
        blobs.add(measure(COLOURS[labels[start]], raster.width(), Arrays.copyOf(queue, size)));
      }
    }
    return blobs;
  }

  private static int[] label(Raster raster) {
    int[] labels = new int[raster.rgb().length];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = nearestColour(raster.rgb()[i]);
    }
    return labels;
  }

  private static int nearestColour(int pixel) {
    int r = (pixel >> 16) & 0xFF;
    int g = (pixel >> 8) & 0xFF;
    int b = pixel & 0xFF;
    int best = (r - BACKGROUND) * (r - BACKGROUND) + (g - BACKGROUND) * (g - BACKGROUND)
        + (b - BACKGROUND) * (b - BACKGROUND);
    int label = UNLABELLED;
    for (PaletteColour colour : COLOURS) {
      int distance = Math.min(colour.distanceSquared(r, g, b, false), colour.distanceSquared(r, g, b, true));
      if (distance < best) {
        best = distance;
        label = colour.ordinal();
      }
    }
    return best <= TOLERANCE_SQUARED ? label : UNLABELLED;
  }

  /** Breadth-first fill from {@code start}; leaves the region's pixel indices at the front of queue. */
  private static int flood(int width, int height, int[] labels, boolean[] seen, int[] queue, int start) {
    int head = 0;
    int tail = 0;
    queue[tail++] = start;
    seen[start] = true;
    while (head < tail) {
      int at = queue[head++];
      int x = at % width;
      int y = at / width;
      int[] neighbours = {x > 0 ? at - 1 : -1, x < width - 1 ? at + 1 : -1, y > 0 ? at - width : -1,
          y < height - 1 ? at + width : -1};
      for (int next : neighbours) {
        if (next >= 0 && !seen[next] && labels[next] == labels[start]) {
          seen[next] = true;
          queue[tail++] = next;
        }
      }
    }
    return tail;
  }

  private static Blob measure(PaletteColour colour, int width, int[] pixels) {
    double sumX = 0;
    double sumY = 0;
    int minX = Integer.MAX_VALUE;
    int minY = Integer.MAX_VALUE;
    int maxX = Integer.MIN_VALUE;
    int maxY = Integer.MIN_VALUE;
    for (int at : pixels) {
      int x = at % width;
      int y = at / width;
      sumX += x + 0.5;
      sumY += y + 0.5;
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
    double centreX = sumX / pixels.length;
    double centreY = sumY / pixels.length;
    ConvexHull hull = ConvexHull.ofRows(rowExtents(pixels, width, minY, maxY));
    return new Blob(colour, pixels.length, centreX, centreY, minX, minY, maxX - minX + 1, maxY - minY + 1,
        hull.area(), hull.farthestVertex(centreX, centreY), hull.nearestEdge(centreX, centreY));
  }

  /** For every row from minY to maxY: the leftmost and rightmost pixel x, or -1 when the row is empty. */
  private static int[][] rowExtents(int[] pixels, int width, int minY, int maxY) {
    int[][] rows = new int[maxY - minY + 1][];
    for (int at : pixels) {
      int x = at % width;
      int row = at / width - minY;
      if (rows[row] == null) {
        rows[row] = new int[] {minY + row, x, x};
      } else {
        rows[row][1] = Math.min(rows[row][1], x);
        rows[row][2] = Math.max(rows[row][2], x);
      }
    }
    return Arrays.stream(rows).filter(java.util.Objects::nonNull).toArray(int[][]::new);
  }
}
