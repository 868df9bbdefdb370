package dev.vlb.engine.model.reference;

import java.util.Locale;

/**
 * The three object sizes, told apart by circumradius on a 320x240 canvas (contract: about 9, 16 and
 * 26 px); the cut points lie halfway between.
 */
enum SizeClass {
  SMALL,
  MEDIUM,
  LARGE;

  static SizeClass ofRadius(double circumradius) {
    if (circumradius < 12.5) {
      return SMALL;
    }
    return circumradius < 21 ? MEDIUM : LARGE;
  }

  String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
