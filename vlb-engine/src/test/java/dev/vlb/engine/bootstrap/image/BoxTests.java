package dev.vlb.engine.bootstrap.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BoxTests {

  @Test
  void anEmptyBoxIsRefused() {
    assertThatThrownBy(() -> new Box(10, 10, 10, 20))
        .hasMessage("box (10,10)-(10,20) is empty: xMax must exceed xMin and yMax yMin");
  }

  @Test
  void aNegativeCornerIsRefused() {
    assertThatThrownBy(() -> new Box(-1, 0, 10, 20)).hasMessage("box (-1,0)-(10,20) has a negative corner");
  }

  @Test
  void isHalfOpenSoABoxEndingAtTheImageEdgeLiesInside() {
    Box box = new Box(0, 0, 512, 480);

    assertThat(box.requireInside(512, 480)).isSameAs(box);
    assertThat(box.width()).isEqualTo(512);
    assertThatThrownBy(() -> box.requireInside(511, 480))
        .hasMessage("box (0,0)-(512,480) does not lie inside the 511x480 image");
  }

  @Test
  void growsWithinTheImage() {
    assertThat(new Box(2, 10, 20, 30).grown(3, 21, 100)).isEqualTo(new Box(0, 7, 21, 33));
  }
}
