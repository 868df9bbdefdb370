package dev.vlb.engine.world;

import java.awt.Color;
import java.util.Locale;

/** The fill colours of the synthetic world, with the RGB values of the world contract. */
enum Colour {
  RED(215, 40, 40),
  GREEN(40, 160, 70),
  BLUE(45, 90, 215),
  YELLOW(235, 195, 35),
  PURPLE(140, 70, 185),
  ORANGE(240, 130, 30);

  /** Outlines are the fill darkened channel by channel, so touching objects stay distinguishable. */
  private static final double OUTLINE_FACTOR = 0.6;

  private final int red;
  private final int green;
  private final int blue;

  Colour(int red, int green, int blue) {
    this.red = red;
    this.green = green;
    this.blue = blue;
  }

  /** The word used in questions and answers, e.g. {@code red}. */
  String canonical() {
    return name().toLowerCase(Locale.ROOT);
  }

  Color fill() {
    return new Color(red, green, blue);
  }

  Color outline() {
    return new Color(
        (int) (red * OUTLINE_FACTOR), (int) (green * OUTLINE_FACTOR), (int) (blue * OUTLINE_FACTOR));
  }
}
