package dev.vlb.engine.model.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the context says an object lies, and whether it is easy to miss: "The star lies at the top
 * left; it is small", "Every red circle lies in the lower half; some may be partly hidden". The model
 * looks harder there, and takes the region's object for the one the words name.
 *
 * @param single whether the words name one object rather than every object of a kind
 * @param faint whether the context calls it small, partly hidden or cut off
 */
record Hint(Referent referent, Region region, boolean single, boolean faint) {

  private static final Map<String, Region> PLACES = Map.ofEntries(
      Map.entry("at the top left", Region.of(0, 0)),
      Map.entry("at the top", Region.of(1, 0)),
      Map.entry("at the top right", Region.of(2, 0)),
      Map.entry("on the left", Region.of(0, 1)),
      Map.entry("in the centre", Region.of(1, 1)),
      Map.entry("on the right", Region.of(2, 1)),
      Map.entry("at the bottom left", Region.of(0, 2)),
      Map.entry("at the bottom", Region.of(1, 2)),
      Map.entry("at the bottom right", Region.of(2, 2)),
      Map.entry("in the upper half", new Region(0, 1, 0, 0.5)),
      Map.entry("in the lower half", new Region(0, 1, 0.5, 1)),
      Map.entry("on the left side", new Region(0, 0.5, 0, 1)),
      Map.entry("on the right side", new Region(0.5, 1, 0, 1)));
  private static final Pattern HINT = Pattern.compile(
      "\\b(the|every) ([a-z ]+?) lies (" + String.join("|", PLACES.keySet().stream()
          .sorted((a, b) -> b.length() - a.length()).toList()) + ")\\b([^.]*)");

  static List<Hint> read(String context) {
    Matcher matcher = HINT.matcher(context.toLowerCase(Locale.ROOT));
    List<Hint> hints = new ArrayList<>();
    while (matcher.find()) {
      String traits = matcher.group(4);
      boolean faint = traits.contains("small") || traits.contains("hidden") || traits.contains("cut off");
      hints.add(new Hint(QuestionParser.referent(matcher.group(2)), PLACES.get(matcher.group(3)),
          matcher.group(1).equals("the"), faint));
    }
    return hints;
  }

  /** Whether a region of this colour centred here (as fractions of the image) may be what the hint names. */
  boolean covers(PaletteColour colour, double fx, double fy) {
    return (referent.colour() == null || referent.colour() == colour) && region.contains(fx, fy);
  }

  /**
   * A part of the image, as fractions of its width and height. Stated places are taken loosely: an
   * object near a border of the place still counts.
   */
  record Region(double left, double right, double top, double bottom) {

    private static final double SLACK = 0.08;

    static Region of(int column, int row) {
      return new Region(column / 3.0, (column + 1) / 3.0, row / 3.0, (row + 1) / 3.0);
    }

    boolean contains(double fx, double fy) {
      return fx >= left - SLACK && fx <= right + SLACK && fy >= top - SLACK && fy <= bottom + SLACK;
    }
  }
}
