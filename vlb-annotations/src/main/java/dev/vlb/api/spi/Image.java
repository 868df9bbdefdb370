package dev.vlb.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An encoded image (PNG or JPEG bytes) with its size. Immutable: the bytes are copied in and out.
 *
 * @param mediaType {@code image/png} or {@code image/jpeg}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Image(byte[] bytes, String mediaType, int width, int height) {

  public Image {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(mediaType, "mediaType");
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("Image size must be positive, was " + width + "x" + height);
    }
    bytes = bytes.clone();
  }

  public static Image png(byte[] bytes, int width, int height) {
    return new Image(bytes, "image/png", width, height);
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The number of encoded bytes, without copying them. */
  public int size() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Image that
        && width == that.width
        && height == that.height
        && mediaType.equals(that.mediaType)
        && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mediaType, width, height, Arrays.hashCode(bytes));
  }

  @Override
  public String toString() {
    return "Image[" + mediaType + ", " + width + "x" + height + ", " + bytes.length + " bytes]";
  }
}
