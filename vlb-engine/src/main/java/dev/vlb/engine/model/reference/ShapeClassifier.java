package dev.vlb.engine.model.reference;

/**
 * Names the shape of a region from scale-free measures: solidity (stars leave gaps in their hull),
 * roundness (inradius / circumradius, cos(pi/n) for a regular n-gon), bounding-box fill (an upright
 * square fills its box, a diamond half of it) and how far the centroid sits off the box centre (a
 * triangle's does, a narrow diamond's does not, though both are equally pointed). Small, cut-off or partly covered regions
 * have distorted measures and get a wrong name, as a real model's would.
 */
final class ShapeClassifier {

  private static final double STAR_SOLIDITY = 0.78;
  private static final double TRIANGLE_ROUNDNESS = 0.62;
  private static final double TRIANGLE_OFF_CENTRE = 0.12;
  private static final double HEXAGON_ROUNDNESS = 0.81;
  private static final double CIRCLE_ROUNDNESS = 0.92;
  private static final double SQUARE_BOX_FILL = 0.88;
  private static final double DIAMOND_BOX_FILL = 0.65;

  private ShapeClassifier() {}

  static ShapeKind classify(Blob blob) {
    if (blob.solidity() < STAR_SOLIDITY) {
      return ShapeKind.STAR;
    }
    double roundness = blob.roundness();
    if (roundness < TRIANGLE_ROUNDNESS) {
      return blob.offCentre() >= TRIANGLE_OFF_CENTRE ? ShapeKind.TRIANGLE : ShapeKind.DIAMOND;
    }
    if (roundness < HEXAGON_ROUNDNESS) {
      return fourSided(blob.boxFill());
    }
    return roundness < CIRCLE_ROUNDNESS ? ShapeKind.HEXAGON : ShapeKind.CIRCLE;
  }

  /** A square fills its box, a diamond half of it; a blunt hexagon lands in between. */
  private static ShapeKind fourSided(double boxFill) {
    if (boxFill >= SQUARE_BOX_FILL) {
      return ShapeKind.SQUARE;
    }
    return boxFill <= DIAMOND_BOX_FILL ? ShapeKind.DIAMOND : ShapeKind.HEXAGON;
  }
}
