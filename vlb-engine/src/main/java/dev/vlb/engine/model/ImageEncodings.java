package dev.vlb.engine.model;

import dev.vlb.api.spi.Image;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The images a client encoded last, so that an image asked about several times in a row is encoded
 * once: a paired item's vanilla and perturbed variants share their {@link Image}, and CircularEval asks
 * once per rotation of the options. Images are told apart by identity, not by their bytes, which would
 * cost a pass over them per request; an equal image in another instance is simply encoded again.
 *
 * <p>Bounded: at most {@code capacity} images and {@code budget} base64 bytes, the least recently used
 * evicted first; an image bigger than the budget is encoded every time. The engine asks about all of
 * an item's variants at once, so reuse is close in time and a few dozen images are plenty.
 */
final class ImageEncodings {

  static final int DEFAULT_CAPACITY = 32;
  static final long DEFAULT_BUDGET = 16L << 20;

  private final int capacity;
  private final long budget;
  private final LinkedHashMap<Identity, EncodedImage> recent = new LinkedHashMap<>(16, 0.75f, true);
  private long used;

  /** An image as a map key by identity; it holds the image, so an entry lives no longer than its slot. */
  private record Identity(Image image) {

    @Override
    public boolean equals(Object other) {
      return other instanceof Identity that && image == that.image;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(image);
    }
  }

  private ImageEncodings(int capacity, long budget) {
    this.capacity = capacity;
    this.budget = budget;
  }

  static ImageEncodings of(int capacity, long budget) {
    return new ImageEncodings(capacity, budget);
  }

  static ImageEncodings withDefaults() {
    return of(DEFAULT_CAPACITY, DEFAULT_BUDGET);
  }

  /**
   * The image encoded, reused when it was encoded lately. Encoding runs outside the lock: two threads
   * asking about a new image at once may both encode it, which costs time, never correctness.
   *
   * @throws IllegalArgumentException when the bytes are no image the JDK can read
   */
  EncodedImage encode(Image image) {
    Identity key = new Identity(image);
    synchronized (recent) {
      EncodedImage known = recent.get(key);
      if (known != null) {
        return known;
      }
    }
    EncodedImage encoded = EncodedImage.of(image);
    if (encoded.length() <= budget) {
      remember(key, encoded);
    }
    return encoded;
  }

  private void remember(Identity key, EncodedImage encoded) {
    synchronized (recent) {
      EncodedImage replaced = recent.put(key, encoded);
      used += encoded.length() - (replaced == null ? 0 : replaced.length());
      Iterator<Map.Entry<Identity, EncodedImage>> eldest = recent.entrySet().iterator();
      while (recent.size() > capacity || used > budget) {
        used -= eldest.next().getValue().length();
        eldest.remove();
      }
    }
  }
}
