package dev.vlb.engine.model;

import static dev.vlb.engine.model.ModelFixtures.encoded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.api.spi.Image;
import org.junit.jupiter.api.Test;

/** A client encodes an image asked about several times in a row once, and keeps only a few of them. */
class ImageEncodingsTests {

  private static Image image() {
    return Image.png(encoded("png"), 2, 2);
  }

  @Test
  void encodesAnImageAskedAboutTwiceOnce() {
    ImageEncodings encodings = ImageEncodings.withDefaults();
    Image image = image();

    assertThat(encodings.encode(image)).isSameAs(encodings.encode(image));
  }

  @Test
  void evictsTheLeastRecentlyUsedImageBeyondItsCapacity() {
    ImageEncodings encodings = ImageEncodings.of(2, Long.MAX_VALUE);
    Image first = image();
    Image second = image();
    EncodedImage firstEncoded = encodings.encode(first);
    EncodedImage secondEncoded = encodings.encode(second);

    encodings.encode(first);
    encodings.encode(image());

    assertThat(encodings.encode(first)).isSameAs(firstEncoded);
    assertThat(encodings.encode(second)).isNotSameAs(secondEncoded);
  }

  @Test
  void keepsNoMoreBase64BytesThanItsBudget() {
    Image image = image();
    int length = EncodedImage.of(image).length();
    ImageEncodings encodings = ImageEncodings.of(8, 2L * length);
    EncodedImage first = encodings.encode(image);
    encodings.encode(image());
    encodings.encode(image());

    assertThat(encodings.encode(image)).isNotSameAs(first);
    ImageEncodings tooSmall = ImageEncodings.of(8, length - 1);
    assertThat(tooSmall.encode(image)).isNotSameAs(tooSmall.encode(image));
  }
}
