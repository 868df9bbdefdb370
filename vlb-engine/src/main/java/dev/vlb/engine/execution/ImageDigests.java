package dev.vlb.engine.execution;

import dev.vlb.api.spi.Image;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

  static String sha256(Image image) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(image.bytes()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
