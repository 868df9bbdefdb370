package dev.vlb.engine.bootstrap.image;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/** One edit of an image, as a planner decides it and a {@link Painter} carries it out. */
@API(status = INTERNAL, since = "0.1")
public sealed interface ImageEdit {

  /** V2: erase what lies in the box, filling it from its surroundings. */
  @API(status = INTERNAL, since = "0.1")
  record Remove(Box box) implements ImageEdit {

    public Remove {
      Objects.requireNonNull(box, "box");
    }
  }

  /**
   * V1: place an object in the box. The painter decides how it looks: a generative one draws what the
   * name describes, the OpenCV one takes its cut-out of that kind ({@link CutOuts}).
   *
   * @param name what the object is, as a planner names it ("ball", "a red ball")
   * @param box where it goes, in the image's pixels; the object fills it
   */
  @API(status = INTERNAL, since = "0.1")
  record Add(String name, Box box) implements ImageEdit {

    public Add {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(box, "box");
      if (name.isBlank()) {
        throw new IllegalArgumentException("An added object needs a name");
      }
    }

    /** The name as a prompt says it: "a red ball", "an apple"; a name with its own article or count stays. */
    String withArticle() {
      String trimmed = name.trim();
      String lower = trimmed.toLowerCase(Locale.ROOT);
      if (lower.matches("(a|an|the|one|two|three|some|\\d+)\\b.*")) {
        return trimmed;
      }
      return ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + trimmed;
    }
  }

  /**
   * V3: extend the canvas around the image by the ratio in each direction and fill the new border.
   *
   * @param ratio the new size over the old one, above 1 and at most {@value #MAX_RATIO}; the method's
   *     default is 1.5, with 1.25 / 1.5 / 2.0 as difficulty steps
   */
  @API(status = INTERNAL, since = "0.1")
  record Outpaint(double ratio) implements ImageEdit {

    /** The largest ratio, as for {@code vlb.outpaint.ratio}. */
    public static final double MAX_RATIO = 4.0;

    public Outpaint {
      if (!(ratio > 1.0 && ratio <= MAX_RATIO)) {
        throw new IllegalArgumentException("Outpainting ratio must be above 1 and at most " + MAX_RATIO + ", was " + ratio);
      }
    }
  }
}
