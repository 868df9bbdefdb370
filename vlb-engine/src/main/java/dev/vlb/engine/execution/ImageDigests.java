package dev.vlb.engine.execution;

import dev.vlb.api.spi.Image;
import dev.vlb.engine.store.Digests;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SHA-256 of each image one item's variants are shown, computed once per picture: the question
 * strategies keep the image they are given, so most of an item's variants share one, and those read
 * back from the variant store show it in instances of their own. An instance seen before is found by
 * identity; another is compared byte for byte with the item's few pictures, which costs microseconds
 * where a digest of a photograph costs a quarter of a millisecond.
 */
final class ImageDigests {

  private record Digested(byte[] bytes, String sha256) {}

  private final Map<Image, String> instances = new IdentityHashMap<>();
  private final List<Digested> pictures = new ArrayList<>();

  synchronized String of(Image image) {
    String known = instances.get(image);
    if (known != null) {
      return known;
    }
    byte[] bytes = image.bytes();
    String sha256 = pictures.stream()
        .filter(picture -> Arrays.equals(picture.bytes(), bytes))
        .map(Digested::sha256)
        .findFirst()
        .orElseGet(() -> digest(bytes));
    instances.put(image, sha256);
    return sha256;
  }

  private String digest(byte[] bytes) {
    String sha256 = Digests.sha256(bytes);
    pictures.add(new Digested(bytes, sha256));
    return sha256;
  }
}
