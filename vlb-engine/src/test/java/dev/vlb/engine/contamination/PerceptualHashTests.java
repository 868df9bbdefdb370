package dev.vlb.engine.contamination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.vlb.api.spi.Image;
import dev.vlb.engine.bootstrap.image.Mats;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PerceptualHashTests {

  /**
   * Pins the recipe: hashes are stored in index files, so a change that moves them must also change
   * {@link PerceptualHash#RECIPE}, which makes old indexes be built again.
   */
  @Test
  void theHashesOfAPhotographAreFixedByTheRecipe() {
    long[] views = views(Derived.photo("baboon.jpg"));

    assertThat(Arrays.stream(views).mapToObj(Long::toHexString))
        .containsExactly("f11b05f8be0604fb", "e4e03ec0ba3edcc1", "3c36d02f4fcbc93", "41ef5fa1e05c0fb", "7919c739dec60439", "bf17b01fa1e04f9");
    assertThat(PerceptualHash.of(Derived.photo("baboon.jpg").bytes())).isEqualTo(views[0]);
    assertThat(PerceptualHash.RECIPE).isEqualTo("dct-phash-32-8-median63/views-whole-centre80-sides80");
  }

  /** A crop moves the whole picture's hash far; the view cut the same way keeps it. */
  @Test
  void aCopyCutAsAViewIsCutHasThatViewsHash() {
    Image photo = Derived.photo("home.jpg");
    long[] views = views(photo);
    long centre = PerceptualHash.of(Derived.cropped(photo, 0.1, 0.1, 0.1, 0.1).bytes());
    long withoutLeft = PerceptualHash.of(Derived.cropped(photo, 0.2, 0, 0, 0).bytes());

    assertThat(PerceptualHash.distance(centre, views[0])).isEqualTo(16);
    assertThat(PerceptualHash.distance(centre, views[1])).isEqualTo(0);
    assertThat(PerceptualHash.distance(withoutLeft, views[0])).isEqualTo(22);
    assertThat(PerceptualHash.distance(withoutLeft, views[2])).isEqualTo(0);
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

  private static long[] views(Image image) {
    try (Mats mats = new Mats()) {
      return PerceptualHash.views(Pictures.grey(image.bytes(), mats), mats);
    }
  }

  private static int distance(long hash, Image image) {
    return PerceptualHash.distance(hash, PerceptualHash.of(image.bytes()));
  }
}
