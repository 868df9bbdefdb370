package dev.vlb.engine.bootstrap.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.vlb.api.spi.Image;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.imgproc.Imgproc;

class OutpaintingTests {

  /** Where seed 7 places messi5.jpg (548x342) on its 822x513 canvas: centred would be (137,85). */
  private static final Box PLACED = new Box(149, 83, 149 + 548, 83 + 342);

  /** messi5.jpg is 548x342; a half pixel rounds up, on both sides alike. */
  @ParameterizedTest
  @CsvSource({"1.25, 685, 428", "1.5, 822, 513", "2.0, 1096, 684"})
  void theCanvasGrowsByTheRatioRoundedToWholePixels(double ratio, int width, int height) {
    EditedImage outpainted = Photos.painted(Photos.jpeg("messi5.jpg"), new ImageEdit.Outpaint(ratio), 7);

    assertThat(outpainted.image().mediaType()).isEqualTo("image/png");
    assertThat(outpainted.image().width()).isEqualTo(width);
    assertThat(outpainted.image().height()).isEqualTo(height);
    Mat decoded = Photos.pixels(outpainted.image());
    assertThat(decoded.cols()).isEqualTo(width);
    assertThat(decoded.rows()).isEqualTo(height);
    assertThat(outpainted.changed()).isEqualTo(new Box(0, 0, width, height));
  }

  @Test
  void theOriginalSitsUnchangedWhereTheSeedPlacesIt() {
    Image photo = Photos.jpeg("messi5.jpg");

    Mat outpainted = Photos.pixels(Photos.painted(photo, new ImageEdit.Outpaint(1.5), 7).image());

    assertThat(Photos.differingOutside(Photos.pixels(photo), outpainted.submat(Photos.rect(PLACED)), null)).isZero();
  }

  /**
   * A retry comes with another seed: the photograph moves by up to a quarter of the margins (34 and 21
   * pixels here), so each side reflects something else, and the image differs.
   */
  @Test
  void anotherSeedMovesThePhotographWithinAQuarterOfTheMargins() {
    Image photo = Photos.jpeg("messi5.jpg");
    ImageEdit.Outpaint outpaint = new ImageEdit.Outpaint(1.5);

    Set<Box> places = LongStream.range(0, 40)
        .mapToObj(seed -> Outpainting.Layout.centred(548, 342, outpaint).shifted(seed).original())
        .collect(Collectors.toSet());

    assertThat(places).hasSizeGreaterThan(20).allSatisfy(place -> {
      assertThat(place.xMin()).isBetween(137 - 34, 137 + 34);
      assertThat(place.yMin()).isBetween(85 - 21, 85 + 21);
    });
    assertThat(Photos.painted(photo, outpaint, 8).image()).isNotEqualTo(Photos.painted(photo, outpaint, 7).image());
  }

  @Test
  void theNewBorderLooksLikeThePhotographNotLikeBlack() {
    Image photo = Photos.jpeg("messi5.jpg");

    Mat outpainted = Photos.pixels(Photos.painted(photo, new ImageEdit.Outpaint(1.5), 7).image());

    double photoMean = Photos.meanGrey(Photos.pixels(photo), null);
    double borderMean = Photos.meanGrey(outpainted, PLACED);
    assertThat(photoMean).isGreaterThan(60);
    assertThat(borderMean).isCloseTo(photoMean, within(0.1 * photoMean));
  }

  /**
   * A reflected border would show what lies near an edge a second time (messi5's ball, reflected below
   * the photograph, is a second ball): the border carries no detail, so nothing in it can be counted.
   */
  @Test
  void theBorderShowsNothingOfThePhotographASecondTime() {
    Image photo = Photos.jpeg("messi5.jpg");

    Mat outpainted = Photos.pixels(Photos.painted(photo, new ImageEdit.Outpaint(1.5), 7).image());

    Mat below = outpainted.submat(Photos.rect(new Box(PLACED.xMin(), PLACED.yMax() + 8, PLACED.xMax(), 513)));
    Mat bottomOfPhoto = Photos.pixels(photo).submat(Photos.rect(new Box(0, 342 - below.rows(), 548, 342)));
    assertThat(detail(below)).isLessThan(detail(bottomOfPhoto) / 10);
  }

  /** The variance of the Laplacian of the grey image: high where there are edges and texture. */
  private static double detail(Mat colour) {
    Mat grey = new Mat();
    Mat laplacian = new Mat();
    Imgproc.cvtColor(colour, grey, Imgproc.COLOR_BGR2GRAY);
    Imgproc.Laplacian(grey, laplacian, CvType.CV_64F);
    MatOfDouble mean = new MatOfDouble();
    MatOfDouble deviation = new MatOfDouble();
    Core.meanStdDev(laplacian, mean, deviation);
    return deviation.get(0, 0)[0] * deviation.get(0, 0)[0];
  }

  /** Without the inpainted band the seam is an exact mirror: the pixel beside the edge repeats the edge. */
  @Test
  void theSeamIsInpaintedNotAPlainMirror() {
    Image photo = Photos.jpeg("messi5.jpg");

    Mat outpainted = Photos.pixels(Photos.painted(photo, new ImageEdit.Outpaint(1.5), 7).image());

    Mat leftOfSeam = outpainted.submat(Photos.rect(new Box(PLACED.xMin() - 1, PLACED.yMin(), PLACED.xMin(), PLACED.yMax())));
    Mat seamEdge = outpainted.submat(Photos.rect(new Box(PLACED.xMin(), PLACED.yMin(), PLACED.xMin() + 1, PLACED.yMax())));
    assertThat(Photos.differingOutside(seamEdge, leftOfSeam, null)).isGreaterThan(342 / 4);
  }

  @Test
  void theSameSeedGivesTheSameBytes() {
    Image photo = Photos.jpeg("messi5.jpg");

    assertThat(Photos.painted(photo, new ImageEdit.Outpaint(1.5), 7).image())
        .isEqualTo(Photos.painted(photo, new ImageEdit.Outpaint(1.5), 7).image());
  }

  @Test
  void aRatioOfOneOrLessOrAboveFourIsRefused() {
    assertThatThrownBy(() -> new ImageEdit.Outpaint(1.0))
        .hasMessage("Outpainting ratio must be above 1 and at most 4.0, was 1.0");
    assertThatThrownBy(() -> new OpenCvEditor(4.5))
        .hasMessage("Outpainting ratio must be above 1 and at most 4.0, was 4.5");
  }
}
