package dev.vlb.engine.model;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.vlb.api.spi.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;
import okio.BufferedSink;

/**
 * An image as the APIs take it: PNG or JPEG in base64. Bytes that already are PNG or JPEG are sent as
 * they are (judged by their signature, not the declared media type); anything else is re-encoded as PNG.
 *
 * <p>The base64 text is kept as ASCII bytes and written into each request body as it is, since it
 * needs no JSON escaping; it is never copied into a string. The bytes are never modified.
 */
final class EncodedImage {

  static final String PNG = "image/png";
  static final String JPEG = "image/jpeg";

  /** Okio's segment size. */
  private static final int WRITE_SLICE = 8192;

  private final String mediaType;
  private final byte[] base64;
  private volatile Digested digested;

  /** A digest that has taken {@code header} and then the image: what a cache key needs, kept to be cloned. */
  private record Digested(byte[] header, MessageDigest digest) {}

  private EncodedImage(String mediaType, byte[] base64) {
    this.mediaType = mediaType;
    this.base64 = base64;
  }

  /**
   * @throws IllegalArgumentException when the bytes are no image the JDK can read
   */
  static EncodedImage of(Image image) {
    byte[] bytes = image.bytes();
    if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
      return encode(PNG, bytes);
    }
    if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
      return encode(JPEG, bytes);
    }
    return encode(PNG, reencodeAsPng(image, bytes));
  }

  String mediaType() {
    return mediaType;
  }

  /** Where a body's JSON tree holds the image as a data URL; see {@link JsonBody}. */
  RawValue dataUrlSlot() {
    return JsonBody.imageSlot("data:" + mediaType + ";base64,");
  }

  /** Where a body's JSON tree holds the image as bare base64; see {@link JsonBody}. */
  RawValue base64Slot() {
    return JsonBody.imageSlot("");
  }

  int length() {
    return base64.length;
  }

  /**
   * In slices of Okio's segment size: handed the whole array at once, Okio takes segments for all of it
   * before the socket drains any, more than its pool holds, and allocates about 50 KB per request.
   */
  void writeTo(BufferedSink sink) throws IOException {
    for (int at = 0; at < base64.length; at += WRITE_SLICE) {
      sink.write(base64, at, Math.min(WRITE_SLICE, base64.length - at));
    }
  }

  /**
   * A SHA-256 digest that has taken {@code header} and then this image's base64, for the caller to
   * finish. The image is hashed once per header, not once per request: a client's header (model,
   * endpoint and the body before the image) is the same for every request it sends.
   */
  MessageDigest digestAfter(byte[] header) {
    Digested memo = digested;
    if (memo == null || !Arrays.equals(memo.header(), header)) {
      MessageDigest digest = ResponseCache.sha256();
      digest.update(header);
      digest.update(base64);
      memo = new Digested(header.clone(), digest);
      digested = memo;
    }
    try {
      return (MessageDigest) memo.digest().clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
    }
  }

  @Override
  public String toString() {
    return "EncodedImage[" + mediaType + ", " + base64.length + " base64 bytes]";
  }

  private static EncodedImage encode(String mediaType, byte[] bytes) {
    return new EncodedImage(mediaType, Base64.getEncoder().encode(bytes));
  }

  private static byte[] reencodeAsPng(Image image, byte[] bytes) {
    try {
      BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
      if (decoded == null) {
        throw new IllegalArgumentException("cannot decode " + image + " to re-encode it as PNG");
      }
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(decoded, "png", png);
      return png.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot re-encode " + image + " as PNG", e);
    }
  }

  private static boolean startsWith(byte[] bytes, int... signature) {
    if (bytes.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((bytes[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
