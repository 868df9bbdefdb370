package dev.vlb.engine.model.reference;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words the model understands: the canonical colour, shape and size words, a few common
 * synonyms, and the function words of the question templates. Any other word is unknown to it.
 */
final class KnownWords {

  private static final Map<String, PaletteColour> COLOURS = Map.of(
      "red", PaletteColour.RED, "crimson", PaletteColour.RED,
      "green", PaletteColour.GREEN,
      "blue", PaletteColour.BLUE,
      "yellow", PaletteColour.YELLOW,
      "purple", PaletteColour.PURPLE, "violet", PaletteColour.PURPLE,
      "orange", PaletteColour.ORANGE);

  private static final Map<String, ShapeKind> SHAPES = Map.of(
      "circle", ShapeKind.CIRCLE, "disc", ShapeKind.CIRCLE, "disk", ShapeKind.CIRCLE,
      "square", ShapeKind.SQUARE,
      "triangle", ShapeKind.TRIANGLE,
      "star", ShapeKind.STAR,
      "hexagon", ShapeKind.HEXAGON,
      "diamond", ShapeKind.DIAMOND, "rhombus", ShapeKind.DIAMOND);

  private static final Map<String, SizeClass> SIZES = Map.of(
      "small", SizeClass.SMALL, "little", SizeClass.SMALL,
      "medium", SizeClass.MEDIUM,
      "large", SizeClass.LARGE, "big", SizeClass.LARGE);

  private static final Set<String> OBJECT_NOUNS = Set.of("object", "objects", "thing", "things", "item", "items", "shapes");

  private static final Set<String> FUNCTION_WORDS = Set.of(
      "a", "an", "the", "is", "are", "there", "in", "on", "of", "to", "this", "that", "image", "picture",
      "photo", "left", "right", "above", "below", "more", "than", "what", "which", "how", "many", "color",
      "colour", "shape", "largest", "biggest", "does", "do", "can", "you", "contain", "any", "it", "side",
      "located", "positioned", "placed", "with", "please", "answer", "yes", "no", "one", "and", "or", "form",
      "number", "count", "have", "has", "be", "see", "seen", "present", "greater", "outnumber", "numerous",
      "could", "tell", "identify", "among", "all", "would", "say", "true");

  private KnownWords() {}

  static Optional<PaletteColour> colour(String word) {
    return Optional.ofNullable(COLOURS.get(word));
  }

  static Optional<ShapeKind> shape(String word) {
    return Optional.ofNullable(SHAPES.get(singular(word)));
  }

  static Optional<SizeClass> size(String word) {
    return Optional.ofNullable(SIZES.get(word));
  }

  static boolean isObjectNoun(String word) {
    return OBJECT_NOUNS.contains(word);
  }

  static boolean isFunctionWord(String word) {
    return FUNCTION_WORDS.contains(word) || word.chars().allMatch(Character::isDigit);
  }

  private static String singular(String word) {
    return word.endsWith("s") && SHAPES.containsKey(word.substring(0, word.length() - 1))
        ? word.substring(0, word.length() - 1)
        : word;
  }
}
