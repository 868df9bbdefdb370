package dev.vlb.engine.bootstrap.image;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.Image;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The result of an {@link ImageEdit}.
 *
 * @param image the edited image, always a PNG
 * @param changed the region of {@code image} where pixels may differ from the input: the dilated box of a
 *     removal, the box of an addition, the whole new canvas of an outpainting (everything moved)
 */
@API(status = INTERNAL, since = "0.1")
public record EditedImage(Image image, Box changed) {

  public EditedImage {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(changed, "changed");
  }
}
