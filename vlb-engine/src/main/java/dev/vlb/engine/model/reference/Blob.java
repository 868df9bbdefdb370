package dev.vlb.engine.model.reference;

/**
 * One connected region of a single palette colour, with the geometry shape classification needs.
 * Lengths are in pixels of the raster it was found in.
 *
 * @param area the number of pixels
 * @param left bounding box left edge
 * @param top bounding box top edge
 * @param width bounding box width
 * @param height bounding box height
 * @param hullArea area of the convex hull of the pixel squares
 * @param circumradius largest distance from the centroid to a hull vertex
 * @param inradius smallest distance from the centroid to a hull edge
 */
record Blob(
    PaletteColour colour,
    int area,
    double centreX,
    double centreY,
    int left,
    int top,
    int width,
    int height,
    double hullArea,
    double circumradius,
    double inradius) {

  /** How much of the hull the region fills: low for a star, whose points leave gaps between them. */
  double solidity() {
    return area / Math.max(1.0, hullArea);
  }

  /** How much of its bounding box the region fills: 1 for an upright square, 0.5 for a diamond. */
  double boxFill() {
    return area / (double) (width * height);
  }

  /**
   * How far the centroid lies from the bounding box centre, relative to the circumradius: about 0.25
   * for a triangle, whose mass sits low, and 0 for the point-symmetric shapes.
   */
  double offCentre() {
    return Math.hypot(centreX - (left + width / 2.0), centreY - (top + height / 2.0)) / Math.max(0.5, circumradius);
  }

  /** cos(pi/n) for a regular n-gon: 0.5 triangle, 0.71 square, 0.87 hexagon, 1 circle. */
  double roundness() {
    return inradius / Math.max(0.5, circumradius);
  }
}
