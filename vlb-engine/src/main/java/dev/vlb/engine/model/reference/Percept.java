package dev.vlb.engine.model.reference;

/**
 * One object as the model perceives it, in the coordinates of the original image.
 *
 * @param radius estimated circumradius, normalised to a 320x240 canvas
 * @param grounded whether it lies where the context says an object of its kind is
 */
record Percept(
    PaletteColour colour, ShapeKind shape, SizeClass size, double x, double y, double radius, int area,
    boolean grounded) {

  String description() {
    return "the " + colour.word() + " " + shape.word();
  }
}
