package dev.vlb.engine.store;

import dev.vlb.api.spi.Image;
import java.util.Locale;

/**
 * Where an entry's image lies: stored once under its SHA-256, whichever variants show it (question
 * strategies keep their item's image, so an item's L-chains share one file).
 */
record ImageRef(String sha256, String mediaType, int width, int height, int size) {

  static final String FOLDER = "images";

  static ImageRef of(Image image, String sha256) {
    return new ImageRef(sha256, image.mediaType(), image.width(), image.height(), image.size());
  }

  /** {@code images/<sha256>.png}, {@code .jpg} for JPEG, the media subtype otherwise. */
  String path() {
    return FOLDER + "/" + sha256 + "." + extension(mediaType);
  }

  Image toImage(byte[] bytes) {
    return new Image(bytes, mediaType, width, height);
  }

  static String extension(String mediaType) {
    String subtype = mediaType.substring(mediaType.indexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (subtype.equals("jpeg")) {
      return "jpg";
    }
    return subtype.matches("[a-z0-9]{1,10}") ? subtype : "bin";
  }
}
