package dev.vlb.engine.bootstrap.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.Image;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

class RemovalTests {

  /** 120x90 inside fruits.jpg (512x480). */
  private static final Box BOX = new Box(200, 150, 320, 240);


  @Test
  void onlyTheBoxGrownByThreePixelsChanges() {
    Image photo = Photos.jpeg("fruits.jpg");

    EditedImage removed = Photos.painted(photo, new ImageEdit.Remove(BOX), 7);

    Box hole = new Box(197, 147, 323, 243);
    assertThat(removed.changed()).isEqualTo(hole);
    assertThat(removed.image().width()).isEqualTo(512);
    assertThat(removed.image().height()).isEqualTo(480);
    assertThat(Photos.differingOutside(Photos.pixels(photo), Photos.pixels(removed.image()), hole)).isZero();
  }

  @Test
  void theBoxIsFilledAnew() {
    Image photo = Photos.jpeg("fruits.jpg");

    Mat removed = Photos.pixels(Photos.painted(photo, new ImageEdit.Remove(BOX), 7).image());

    assertThat(Photos.differingInside(Photos.pixels(photo), removed, BOX)).isGreaterThan(120 * 90 * 9 / 10);
  }

  @Test
  void aBoxAtTheImageEdgeIsFilledToTheEdge() {
    Image photo = Photos.jpeg("fruits.jpg");
    Box corner = new Box(452, 420, 512, 480);

    EditedImage removed = Photos.painted(photo, new ImageEdit.Remove(corner), 7);

    assertThat(removed.changed()).isEqualTo(new Box(449, 417, 512, 480));
    assertThat(Photos.differingInside(Photos.pixels(photo), Photos.pixels(removed.image()), corner)).isGreaterThan(0);
  }

  @Test
  void theSameInputGivesTheSameBytesWhateverTheSeed() {
    Image photo = Photos.jpeg("fruits.jpg");

    assertThat(Photos.painted(photo, new ImageEdit.Remove(BOX), 7).image())
        .isEqualTo(Photos.painted(photo, new ImageEdit.Remove(BOX), 8).image());
  }

  @Test
  void aBoxOutsideTheImageIsRefusedNamingBoxAndImageSize() {
    Image photo = Photos.jpeg("fruits.jpg");

    assertThatThrownBy(() -> Photos.painted(photo, new ImageEdit.Remove(new Box(500, 0, 600, 90)), 7))
        .isInstanceOf(CannotBootstrapException.class)
        .hasMessage("box (500,0)-(600,90) does not lie inside the 512x480 image");
  }
}
