package dev.vlb.engine.execution;

import dev.vlb.api.spi.Image;
import dev.vlb.engine.store.Digests;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The SHA-256 of each image one item's variants are shown, computed once per image: the question
 * strategies keep the image they are given, so most of an item's variants share one.
 */
final class ImageDigests {

  private final Map<Image, String> known = new IdentityHashMap<>();

  synchronized String of(Image image) {
    return known.computeIfAbsent(image, ImageDigests::sha256);
  }

  private static String sha256(Image image) {
    return Digests.sha256(image.bytes());
  }
}
