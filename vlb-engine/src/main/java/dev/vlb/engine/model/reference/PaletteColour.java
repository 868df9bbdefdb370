package dev.vlb.engine.model.reference;

/** The six fill colours of the synthetic world, as the model knows them from the contract. */
enum PaletteColour {
  RED(215, 40, 40),
  GREEN(40, 160, 70),
  BLUE(45, 90, 215),
  YELLOW(235, 195, 35),
  PURPLE(140, 70, 185),
  ORANGE(240, 130, 30);

  private final int red;
  private final int green;
  private final int blue;

  PaletteColour(int red, int green, int blue) {
    this.red = red;
    this.green = green;
    this.blue = blue;
  }

  String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Squared RGB distance to the fill, or to the darker outline (each channel * 0.6) when asked. */
  int distanceSquared(int r, int g, int b, boolean outline) {
    double factor = outline ? 0.6 : 1.0;
    double dr = r - red * factor;
    double dg = g - green * factor;
    double db = b - blue * factor;
    return (int) Math.round(dr * dr + dg * dg + db * db);
  }
}
