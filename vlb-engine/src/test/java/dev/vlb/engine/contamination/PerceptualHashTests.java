package dev.vlb.engine.contamination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.vlb.api.spi.Image;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PerceptualHashTests {

  /**
   * Pins the recipe: hashes are stored in index files, so a change that moves them must also change
   * {@link PerceptualHash#RECIPE}, which makes old indexes be built again.
   */
  @Test
  void theHashOfAPhotographIsFixedByTheRecipe() {
    long hash = PerceptualHash.of(Derived.photo("baboon.jpg").bytes());

    assertThat(Long.toHexString(hash)).isEqualTo("f11b05f8be0604fb");
    assertThat(PerceptualHash.RECIPE).isEqualTo("dct-phash-32-8-median63");
  }

  /** The median splits the 63 low frequencies other than the DC term: 31 above it, plus the DC bit. */
  @Test
  void halfTheBitsAreSet() {
    for (String name : new String[] {"baboon.jpg", "fruits.jpg", "smarties.png"}) {
      assertThat(Long.bitCount(PerceptualHash.of(Derived.photo(name).bytes()))).as(name).isEqualTo(32);
    }
  }

  @Test
  void resizingRecompressionAndBrightnessBarelyMoveIt() {
    Image photo = Derived.photo("fruits.jpg");
    long hash = PerceptualHash.of(photo.bytes());

    assertThat(distance(hash, Derived.resized(photo, 0.5))).isZero();
    assertThat(distance(hash, Derived.resized(photo, 2))).isZero();
    assertThat(distance(hash, Derived.jpeg(photo, 50))).isZero();
    assertThat(distance(hash, Derived.colourShifted(photo, 0, 40))).isEqualTo(4);
  }

  @Test
  void anotherPhotographDiffersInAboutHalfTheBits() {
    long fruits = PerceptualHash.of(Derived.photo("fruits.jpg").bytes());

    assertThat(distance(fruits, Derived.photo("baboon.jpg"))).isEqualTo(34);
    assertThat(distance(fruits, Derived.photo("home.jpg"))).isEqualTo(30);
  }

  @Test
  void bytesThatAreNoImageAreRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PerceptualHash.of("not an image".getBytes(StandardCharsets.US_ASCII)))
        .withMessage("not an image OpenCV can decode (12 bytes)");
  }

  private static int distance(long hash, Image image) {
    return PerceptualHash.distance(hash, PerceptualHash.of(image.bytes()));
  }
}
