package dev.vlb.engine.model.reference;

import java.util.Locale;

/** The six shapes of the synthetic world. */
enum ShapeKind {
  CIRCLE,
  SQUARE,
  TRIANGLE,
  STAR,
  HEXAGON,
  DIAMOND;

  String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
