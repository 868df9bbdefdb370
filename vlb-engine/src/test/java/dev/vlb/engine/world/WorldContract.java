package dev.vlb.engine.world;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;

/**
 * The world's palette and shapes as plain values, so that tests in other packages can hold their own
 * copies (the reference model's, which must not read the world) against them.
 */
public final class WorldContract {

  /** A colour as questions name it, with the fill and outline the renderer paints. */
  public record Paint(String word, Color fill, Color outline) {}

  private WorldContract() {}

  public static List<Paint> colours() {
    return Arrays.stream(Colour.values()).map(colour -> new Paint(colour.canonical(), colour.fill(), colour.outline())).toList();
  }

  /** Each shape as questions name it, singular and plural. */
  public static List<List<String>> shapes() {
    return Arrays.stream(Shape.values()).map(shape -> List.of(shape.canonical(), shape.plural())).toList();
  }
}
