package dev.vlb.engine.bootstrap.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.Image;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

class AdditionTests {

  /** 60x80 inside fruits.jpg (512x480), on the lime. */
  private static final Box BOX = new Box(380, 150, 440, 230);


  @Test
  void theCutOutAppearsInTheBoxAndNothingChangesBeyondItsRing() {
    Image photo = Photos.jpeg("fruits.jpg");

    EditedImage added = Photos.painted(photo, new ImageEdit.Add("cup", BOX), 7);

    Box reach = new Box(376, 146, 444, 234);
    assertThat(added.changed()).isEqualTo(reach);
    Mat before = Photos.pixels(photo);
    Mat after = Photos.pixels(added.image());
    assertThat(Photos.differingOutside(before, after, reach)).isZero();
    assertThat(Photos.differingInside(before, after, BOX)).isGreaterThan(60 * 80 / 2);
  }

  /** A blue mug on a green lime: normal cloning over the outline alone would tint it green. */
  @Test
  void theObjectKeepsItsOwnColour() {
    Image photo = Photos.jpeg("fruits.jpg");

    Mat after = Photos.pixels(Photos.painted(photo, new ImageEdit.Add("cup", BOX), 7).image());

    // The middle of the mug's body, below its pale stripe: blue clearly above green and red.
    double[] bgr = after.get(150 + 55, 380 + 26);
    assertThat(bgr[0]).isGreaterThan(bgr[1] + 40).isGreaterThan(bgr[2] + 40);
  }

  @Test
  void theSameInputGivesTheSameBytesWhateverTheSeed() {
    Image photo = Photos.jpeg("fruits.jpg");
    ImageEdit.Add ball = new ImageEdit.Add("ball", BOX);

    assertThat(Photos.painted(photo, ball, 7).image()).isEqualTo(Photos.painted(photo, ball, 8).image());
  }

  @Test
  void aCutOutWithoutAlphaIsRefused() {
    Image photo = Photos.jpeg("fruits.jpg");

    assertThatThrownBy(() -> Addition.apply(photo, new ImageEdit.Add("fruit", BOX), photo))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The cut-out of 'fruit' has no alpha channel (3 channels): without one the whole rectangle would be pasted");
  }

  @Test
  void aBoxOutsideTheImageIsRefusedNamingBoxAndImageSize() {
    Image photo = Photos.jpeg("fruits.jpg");

    assertThatThrownBy(() -> Photos.painted(photo, new ImageEdit.Add("ball", new Box(0, 400, 60, 481)), 7))
        .isInstanceOf(CannotBootstrapException.class)
        .hasMessage("box (0,400)-(60,481) does not lie inside the 512x480 image");
  }
}
