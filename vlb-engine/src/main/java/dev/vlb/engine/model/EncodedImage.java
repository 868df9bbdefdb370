package dev.vlb.engine.model;

import dev.vlb.api.spi.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * An image as the APIs take it: PNG or JPEG in base64. Bytes that already are PNG or JPEG are sent as
 * they are (judged by their signature, not the declared media type); anything else is re-encoded as PNG.
 */
record EncodedImage(String mediaType, String base64) {

  static final String PNG = "image/png";
  static final String JPEG = "image/jpeg";

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

  String dataUrl() {
    return "data:" + mediaType + ";base64," + base64;
  }

  private static EncodedImage encode(String mediaType, byte[] bytes) {
    return new EncodedImage(mediaType, Base64.getEncoder().encodeToString(bytes));
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
