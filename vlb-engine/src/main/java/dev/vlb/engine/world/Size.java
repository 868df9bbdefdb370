package dev.vlb.engine.world;

import java.util.Locale;

/** Object sizes, as circumradius in pixels at zoom 1. */
enum Size {
  SMALL(9),
  MEDIUM(16),
  LARGE(26);

  private final double radius;

  Size(double radius) {
    this.radius = radius;
  }

  String canonical() {
    return name().toLowerCase(Locale.ROOT);
  }

  double radius() {
    return radius;
  }
}
