package dev.vlb.engine.model.reference;

/**
 * A referring expression such as "the small red circle"; a null part matches anything.
 */
record Referent(PaletteColour colour, ShapeKind shape, SizeClass size) {

  static final Referent ANY = new Referent(null, null, null);

  boolean matches(Percept object) {
    return (colour == null || colour == object.colour())
        && (shape == null || shape == object.shape())
        && (size == null || size == object.size());
  }

  Referent withoutSize() {
    return new Referent(colour, shape, null);
  }
}
