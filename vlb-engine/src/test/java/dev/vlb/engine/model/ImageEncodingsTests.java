package dev.vlb.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.api.spi.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A client encodes the same picture once however often and in however many instances it is asked about, and keeps only a few. */
class ImageEncodingsTests {

  /** A 2x2 PNG in one colour: different colours, different bytes. */
  private static Image image(int rgb) throws IOException {
    BufferedImage pixels = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    pixels.setRGB(0, 0, rgb);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(pixels, "png", png);
    return Image.png(png.toByteArray(), 2, 2);
  }

  @Test
  void encodesAnImageAskedAboutTwiceOnce() throws IOException {
    ImageEncodings encodings = ImageEncodings.withDefaults();
    Image image = image(0xFF0000);

    assertThat(encodings.encode(image)).isSameAs(encodings.encode(image));
  }

  @Test
  void encodesTheSameBytesInAnotherInstanceOnceAndOtherBytesAgain() throws IOException {
    ImageEncodings encodings = ImageEncodings.withDefaults();
    EncodedImage red = encodings.encode(image(0xFF0000));

    assertThat(encodings.encode(image(0xFF0000))).isSameAs(red);
    assertThat(encodings.encode(image(0x0000FF))).isNotSameAs(red);
  }

  @Test
  void evictsTheLeastRecentlyUsedImageBeyondItsCapacity() throws IOException {
    ImageEncodings encodings = ImageEncodings.of(2, Long.MAX_VALUE);
    EncodedImage first = encodings.encode(image(1));
    EncodedImage second = encodings.encode(image(2));

    encodings.encode(image(1));
    encodings.encode(image(3));

    assertThat(encodings.encode(image(1))).isSameAs(first);
    assertThat(encodings.encode(image(2))).isNotSameAs(second);
  }

  @Test
  void keepsTwoImagesPerRequestInFlight() throws IOException {
    ImageEncodings encodings = ImageEncodings.forConcurrency(64);
    EncodedImage first = encodings.encode(image(0));
    EncodedImage second = encodings.encode(image(1));
    for (int rgb = 2; rgb < 128; rgb++) {
      encodings.encode(image(rgb));
    }

    assertThat(encodings.encode(image(0))).isSameAs(first);
    encodings.encode(image(128));
    assertThat(encodings.encode(image(1))).isNotSameAs(second);
  }

  @Test
  void keepsNoMoreBytesThanItsBudgetCountingTheImageAndItsBase64() throws IOException {
    Image image = image(1);
    long cost = image.size() + EncodedImage.of(image).length();
    ImageEncodings encodings = ImageEncodings.of(8, 2 * cost);
    EncodedImage first = encodings.encode(image);
    encodings.encode(image(2));
    encodings.encode(image(3));

    assertThat(encodings.encode(image)).isNotSameAs(first);
    ImageEncodings tooSmall = ImageEncodings.of(8, cost - 1);
    assertThat(tooSmall.encode(image)).isNotSameAs(tooSmall.encode(image));
    ImageEncodings justEnough = ImageEncodings.of(8, cost);
    assertThat(justEnough.encode(image)).isSameAs(justEnough.encode(image));
  }
}
