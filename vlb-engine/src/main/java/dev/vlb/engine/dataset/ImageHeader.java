package dev.vlb.engine.dataset;

import java.util.Optional;

/**
 * The format and declared size of an encoded image, read from its first bytes only, so that a huge
 * declared size (a decompression bomb) is refused before anything is decoded.
 */
record ImageHeader(String mediaType, int width, int height) {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  long pixels() {
    return (long) width * height;
  }

  /** The header of a PNG or JPEG image, or empty when the bytes are neither (or truncated). */
  static Optional<ImageHeader> read(byte[] bytes) {
    if (startsWith(bytes, PNG_SIGNATURE)) {
      return png(bytes);
    }
    if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8) {
      return jpeg(bytes);
    }
    return Optional.empty();
  }

  private static Optional<ImageHeader> png(byte[] bytes) {
    // The IHDR chunk always comes first: length, "IHDR", width, height.
    if (bytes.length < 24 || bytes[12] != 'I' || bytes[13] != 'H' || bytes[14] != 'D' || bytes[15] != 'R') {
      return Optional.empty();
    }
    return Optional.of(new ImageHeader("image/png", int32(bytes, 16), int32(bytes, 20)));
  }

  private static Optional<ImageHeader> jpeg(byte[] bytes) {
    int at = 2;
    while (at + 3 < bytes.length) {
      if ((bytes[at] & 0xff) != 0xff) {
        return Optional.empty();
      }
      int marker = bytes[at + 1] & 0xff;
      if (marker == 0xff) {
        at++;
        continue;
      }
      if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        at += 2;
        continue;
      }
      int length = uint16(bytes, at + 2);
      if (isStartOfFrame(marker) && at + 8 < bytes.length) {
        return Optional.of(new ImageHeader("image/jpeg", uint16(bytes, at + 7), uint16(bytes, at + 5)));
      }
      at += 2 + length;
    }
    return Optional.empty();
  }

  /** SOF0..SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
  private static boolean isStartOfFrame(int marker) {
    return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int int32(byte[] bytes, int at) {
    return (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8 | (bytes[at + 3] & 0xff);
  }

  private static int uint16(byte[] bytes, int at) {
    return (bytes[at] & 0xff) << 8 | (bytes[at + 1] & 0xff);
  }
}
