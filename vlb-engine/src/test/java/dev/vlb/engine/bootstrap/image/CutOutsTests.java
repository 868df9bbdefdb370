package dev.vlb.engine.bootstrap.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.spi.Image;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;

class CutOutsTests {

  @Test
  void namesTheObjectsInAFixedOrder() {
    assertThat(CutOuts.names()).containsExactly("ball", "cup", "box", "bottle");
  }

  @ParameterizedTest
  @MethodSource("dev.vlb.engine.bootstrap.image.CutOuts#names")
  void eachIsAnOpaqueObjectOnATransparentPng(String name) {
    Image cutOut = CutOuts.get(name);

    Mat pixels = Imgcodecs.imdecode(new MatOfByte(cutOut.bytes()), Imgcodecs.IMREAD_UNCHANGED);
    assertThat(cutOut.mediaType()).isEqualTo("image/png");
    assertThat(pixels.channels()).isEqualTo(4);
    assertThat(pixels.cols()).isEqualTo(cutOut.width());
    assertThat(pixels.get(0, 0)[3]).isZero();
    assertThat(pixels.get(cutOut.height() * 3 / 4, cutOut.width() / 2)[3]).isEqualTo(255);
  }

  @Test
  void theSameNameGivesTheSameBytes() {
    assertThat(CutOuts.get("cup").bytes()).isEqualTo(CutOuts.get("cup").bytes());
  }

  /** Anti-aliased edges keep the object's colour; only their alpha is partial. */
  @Test
  void softEdgesAreTranslucentNotDark() {
    Mat ball = Imgcodecs.imdecode(new MatOfByte(CutOuts.get("ball").bytes()), Imgcodecs.IMREAD_UNCHANGED);

    double[] edge = ball.get(80, 3);
    assertThat(edge[3]).isBetween(1.0, 254.0);
    assertThat(edge[2]).isGreaterThan(120);
  }

  @Test
  void anUnknownNameIsRefusedListingTheKnownOnes() {
    assertThatThrownBy(() -> CutOuts.get("piano"))
        .hasMessage("No cut-out named 'piano'; there are [ball, cup, box, bottle]");
  }
}
