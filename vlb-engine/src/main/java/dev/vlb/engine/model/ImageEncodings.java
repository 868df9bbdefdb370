package dev.vlb.engine.model;

import dev.vlb.api.spi.Image;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The images a client encoded last, so that an image asked about several times is encoded once: a
 * paired item's vanilla and perturbed variants show the same picture, CircularEval asks once per
 * rotation of the options, and variants read back from the store are new instances of the item's
 * image. An instance seen lately is found by identity; another is told apart by its bytes (a CRC-32 to
 * find them, then a comparison), which costs a copy and a few microseconds against the encoding's
 * tenths of a millisecond.
 *
 * <p>Bounded: at most {@code capacity} images and {@code budget} bytes (each image and its base64), the
 * least recently used evicted first; an image bigger than the budget is encoded every time. The engine
 * asks about all of an item's variants at once, so reuse is close in time; but a client with {@code n}
 * requests in flight serves up to {@code n} items at once, and a capacity below that encodes every
 * request again (at 64 in flight and 32 kept, it did).
 */
final class ImageEncodings {

  static final int DEFAULT_CAPACITY = 32;
  static final long DEFAULT_BUDGET = 64L << 20;

  private final int capacity;
  private final long budget;
  private final LinkedHashMap<Content, EncodedImage> recent = new LinkedHashMap<>(16, 0.75f, true);
  /** The content of the instances asked about lately, so that asking again about one costs no copy. */
  private final LinkedHashMap<Identity, Content> instances = new LinkedHashMap<>(16, 0.75f, true);
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

  /** An image's bytes as a map key, found by their CRC-32 and told apart by comparing them. */
  private record Content(String mediaType, byte[] bytes, int crc) {

    static Content of(Image image) {
      byte[] bytes = image.bytes();
      CRC32 crc = new CRC32();
      crc.update(bytes);
      return new Content(image.mediaType(), bytes, (int) crc.getValue());
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Content that && crc == that.crc && mediaType.equals(that.mediaType) && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
      return crc;
    }

    @Override
    public String toString() {
      return "Content[" + mediaType + ", " + bytes.length + " bytes, crc " + Integer.toHexString(crc) + "]";
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

  /** Room for two images per request in flight, and at least the default. */
  static ImageEncodings forConcurrency(int inFlight) {
    return of(Math.max(DEFAULT_CAPACITY, 2 * inFlight), DEFAULT_BUDGET);
  }

  /**
   * The image encoded, reused when the same bytes were encoded lately. Encoding runs outside the lock:
   * two threads asking about a new image at once may both encode it, which costs time, never correctness.
   *
   * @throws IllegalArgumentException when the bytes are no image the JDK can read
   */
  EncodedImage encode(Image image) {
    Identity instance = new Identity(image);
    synchronized (recent) {
      Content seen = instances.get(instance);
      EncodedImage known = seen == null ? null : recent.get(seen);
      if (known != null) {
        return known;
      }
    }
    Content key = Content.of(image);
    synchronized (recent) {
      EncodedImage known = recent.get(key);
      if (known != null) {
        remember(instance, key);
        return known;
      }
    }
    EncodedImage encoded = EncodedImage.of(image);
    if (cost(key, encoded) <= budget) {
      remember(key, encoded);
      synchronized (recent) {
        remember(instance, key);
      }
    }
    return encoded;
  }

  private void remember(Identity instance, Content key) {
    instances.put(instance, key);
    if (instances.size() > capacity) {
      Iterator<Identity> eldest = instances.keySet().iterator();
      eldest.next();
      eldest.remove();
    }
  }

  private static long cost(Content key, EncodedImage encoded) {
    return (long) key.bytes().length + encoded.length();
  }

  private void remember(Content key, EncodedImage encoded) {
    synchronized (recent) {
      EncodedImage replaced = recent.put(key, encoded);
      used += cost(key, encoded) - (replaced == null ? 0 : cost(key, replaced));
      Iterator<Map.Entry<Content, EncodedImage>> eldest = recent.entrySet().iterator();
      while (recent.size() > capacity || used > budget) {
        Map.Entry<Content, EncodedImage> evicted = eldest.next();
        used -= cost(evicted.getKey(), evicted.getValue());
        eldest.remove();
      }
    }
  }
}
