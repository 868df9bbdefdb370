package dev.vlb.engine.bootstrap.image;

import dev.vlb.api.spi.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Small images made and read with the JDK alone, so that they check the OpenCV side independently. */
final class Pngs {

  private Pngs() {}

  /** Every pixel differs from its neighbours, so a shifted or scaled copy shows. */
  static BufferedImage gradient(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, (x * 6 % 256) << 16 | (y * 8 % 256) << 8 | (x + y) % 256);
      }
    }
    return image;
  }

  static byte[] png(int width, int height, int rgb) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, rgb);
      }
    }
    return encode(image).bytes();
  }

  static Image encode(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return Image.png(out.toByteArray(), image.getWidth(), image.getHeight());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BufferedImage decode(byte[] bytes) {
    try {
      return ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BufferedImage decodeBase64(String base64) {
    return decode(Base64.getDecoder().decode(base64));
  }

  /** RGB without alpha, for comparing pixels whatever the image's type. */
  static int rgb(BufferedImage image, int x, int y) {
    return image.getRGB(x, y) & 0xffffff;
  }
}
