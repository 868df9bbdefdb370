package dev.vlb.engine.dataset;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Small real images, and a forged header declaring a huge size, for dataset tests. */
final class TestImages {

  private TestImages() {}

  static byte[] png(int width, int height) {
    return encode(width, height, "png");
  }

  static byte[] jpeg(int width, int height) {
    return encode(width, height, "jpg");
  }

  static String base64Png(int width, int height) {
    return Base64.getEncoder().encodeToString(png(width, height));
  }

  /** A PNG signature and IHDR chunk declaring {@code width x height}, with no pixel data behind it. */
  static byte[] bombHeader(int width, int height) {
    ByteBuffer header = ByteBuffer.allocate(33);
    header.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    header.putInt(13).put(new byte[] {'I', 'H', 'D', 'R'}).putInt(width).putInt(height);
    header.put(new byte[] {8, 2, 0, 0, 0}).putInt(0);
    return header.array();
  }

  /**
   * {@code png} (signature, IHDR, IDAT, IEND) with only the first {@code keep} bytes of its pixel data,
   * every CRC recomputed: a file whose chunks are all intact but whose zlib stream stops.
   */
  static byte[] withPixelData(byte[] png, int keep) {
    ByteBuffer source = ByteBuffer.wrap(png);
    int idat = 33;
    if (source.getInt(idat + 4) != 0x49444154) {
      throw new IllegalArgumentException("expected IDAT right after IHDR");
    }
    ByteBuffer out = ByteBuffer.allocate(idat + 12 + keep + 12);
    out.put(png, 0, idat);
    out.putInt(keep).put(png, idat + 4, 4 + keep).putInt(crc(png, idat + 4, 4 + keep));
    byte[] end = {'I', 'E', 'N', 'D'};
    out.putInt(0).put(end).putInt(crc(end, 0, 4));
    return out.array();
  }

  /**
   * {@code png} with an IHDR chunk of 8 bytes, width and height only (its CRC right), and the rest after
   * it: the header's other fields would be read from what follows.
   */
  static byte[] withShortHeader(byte[] png) {
    ByteBuffer out = ByteBuffer.allocate(png.length - 5);
    out.put(png, 0, 8);
    out.putInt(8).put(png, 12, 12).putInt(crc(png, 12, 12));
    out.put(png, 33, png.length - 33);
    return out.array();
  }

  private static int crc(byte[] bytes, int from, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, from, length);
    return (int) crc.getValue();
  }

  private static byte[] encode(int width, int height, String format) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, Color.RED.getRGB());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
