package dev.vlb.engine.dataset;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * Distinct valid PNGs of a chosen size, made fast: one small encoded image with a private ancillary
 * chunk of seeded random bytes after its header (decoders skip such chunks).
 */
final class SyntheticPng {

  private static final byte[] BASE = TestImages.png(16, 16);
  private static final int AFTER_HEADER = 33;

  private SyntheticPng() {}

  static String base64(long seed, int size) {
    byte[] padding = new byte[Math.max(0, size - BASE.length - 12)];
    new Random(seed).nextBytes(padding);
    byte[] type = "vlBp".getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(type);
    crc.update(padding);
    ByteBuffer png = ByteBuffer.allocate(BASE.length + 12 + padding.length);
    png.put(BASE, 0, AFTER_HEADER);
    png.putInt(padding.length).put(type).put(padding).putInt((int) crc.getValue());
    png.put(BASE, AFTER_HEADER, BASE.length - AFTER_HEADER);
    return Base64.getEncoder().encodeToString(png.array());
  }
}
