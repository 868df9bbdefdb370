package dev.vlb.engine.model.reference;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the model takes from the context paragraph, whether it describes the image or not: a stated
 * object count, the colour and shape words it mentions (in order), and the shape it names for a
 * colour ("a purple star"; a colour named with two shapes is left out). Mentioned colours prime
 * perception and named shapes settle doubtful ones; mentioned words also fill question slots the
 * model could not read. Stated places ({@link Hint}) tell it where to look.
 */
record ContextPrior(
    OptionalInt objectCount,
    List<PaletteColour> colours,
    List<ShapeKind> shapes,
    Map<PaletteColour, ShapeKind> named,
    List<Hint> hints) {

  private static final Pattern COUNT = Pattern.compile(
      "\\b(\\d+|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:\\w+\\s+)?(?:objects|shapes|things)\\b");
  private static final List<String> NUMBER_WORDS =
      List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

  ContextPrior {
    colours = List.copyOf(colours);
    shapes = List.copyOf(shapes);
    named = Map.copyOf(named);
    hints = List.copyOf(hints);
  }

  static ContextPrior read(String context) {
    String lower = context.toLowerCase(Locale.ROOT);
    List<PaletteColour> colours = new ArrayList<>();
    List<ShapeKind> shapes = new ArrayList<>();
    Map<PaletteColour, ShapeKind> named = new EnumMap<>(PaletteColour.class);
    PaletteColour previous = null;
    for (String word : lower.split("[^a-z]+")) {
      Optional<ShapeKind> shape = KnownWords.shape(word);
      KnownWords.colour(word).ifPresent(colours::add);
      shape.ifPresent(shapes::add);
      if (previous != null && shape.isPresent()) {
        named.merge(previous, shape.get(), (first, second) -> first == second ? first : null);
      }
      previous = KnownWords.colour(word).orElse(null);
    }
    return new ContextPrior(count(lower), colours, shapes, named, Hint.read(lower));
  }

  private static OptionalInt count(String lower) {
    Matcher matcher = COUNT.matcher(lower);
    if (!matcher.find()) {
      return OptionalInt.empty();
    }
    String number = matcher.group(1);
    return OptionalInt.of(Character.isDigit(number.charAt(0)) ? Integer.parseInt(number) : NUMBER_WORDS.indexOf(number));
  }

  Set<PaletteColour> primedColours() {
    return colours.isEmpty() ? EnumSet.noneOf(PaletteColour.class) : EnumSet.copyOf(colours);
  }
}
