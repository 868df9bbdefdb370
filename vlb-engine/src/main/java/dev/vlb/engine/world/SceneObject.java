package dev.vlb.engine.world;

import java.util.Objects;

/** One drawn object: what it is and where its centre lies on the 320x240 canvas. */
record SceneObject(Shape shape, Colour colour, Size size, double x, double y) {

  SceneObject {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(colour, "colour");
    Objects.requireNonNull(size, "size");
  }

  /** The referring name without article, e.g. {@code red circle}. */
  String name() {
    return colour.canonical() + " " + shape.canonical();
  }

  /** The name with its size, e.g. {@code small red circle}. */
  String description() {
    return size.canonical() + " " + name();
  }

  boolean is(Colour otherColour, Shape otherShape) {
    return colour == otherColour && shape == otherShape;
  }

  java.awt.Shape outline(double zoom) {
    return shape.outline(x, y, size.radius() * zoom);
  }

  SceneObject movedTo(double newX, double newY) {
    return new SceneObject(shape, colour, size, newX, newY);
  }
}
