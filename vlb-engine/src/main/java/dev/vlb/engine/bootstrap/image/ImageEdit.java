package dev.vlb.engine.bootstrap.image;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.Image;
import java.util.Objects;
import org.apiguardian.api.API;

/** One edit of an image, as a planner decides it and {@link OpenCvEditor} applies it. */
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
   * V1: place an object, scaled to the box.
   *
   * @param name what the object is, as a planner names it ("ball")
   * @param cutOut the object as a PNG with an alpha channel; transparent pixels keep the photograph
   */
  @API(status = INTERNAL, since = "0.1")
  record Add(String name, Box box, Image cutOut) implements ImageEdit {

    public Add {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(box, "box");
      Objects.requireNonNull(cutOut, "cutOut");
      if (name.isBlank()) {
        throw new IllegalArgumentException("An added object needs a name");
      }
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
