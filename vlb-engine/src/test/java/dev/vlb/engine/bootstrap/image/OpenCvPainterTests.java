package dev.vlb.engine.bootstrap.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.Image;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencv.core.Mat;

/** The OpenCV painter as the generator sees it: a name, an edit, a seed, and a stage that is already done. */
class OpenCvPainterTests {

  /** 60x60 on the lime of fruits.jpg (512x480). */
  private static final Box BOX = new Box(395, 140, 455, 200);
  private static final Box REACH = new Box(391, 136, 459, 204);

  private final Painter painter = Painters.openCv();

  @Test
  void isNamedOpencv() {
    assertThat(painter.name()).isEqualTo("opencv");
  }

  @Test
  void addsTheCutOutTheNameAsksForAndChangesNothingBeyondItsRing() {
    Image photo = Photos.jpeg("fruits.jpg");

    CompletionStage<EditedImage> painting = painter.paint(photo, new ImageEdit.Add("red ball", BOX), 7);

    assertThat(painting.toCompletableFuture()).isDone();
    EditedImage added = painting.toCompletableFuture().join();
    assertThat(added.changed()).isEqualTo(REACH);
    Mat before = Photos.pixels(photo);
    Mat after = Photos.pixels(added.image());
    assertThat(Photos.differingOutside(before, after, REACH)).isZero();
    assertThat(Photos.differingInside(before, after, BOX)).isGreaterThan(60 * 60 / 2);
    double[] centre = after.get(170, 425);
    assertThat(centre[2]).as("red").isGreaterThan(centre[1] + 60);
  }

  /** The planner says it its way; each of these is the ball, drawn the same. */
  @ParameterizedTest
  @ValueSource(strings = {"Red ball", "balls", "a small ball", "ball on a box"})
  void findsTheCutOutByAWordOfTheName(String name) {
    Image photo = Photos.jpeg("fruits.jpg");

    EditedImage added = Photos.painted(photo, new ImageEdit.Add(name, BOX), 7);

    assertThat(added.image()).isEqualTo(Photos.painted(photo, new ImageEdit.Add("ball", BOX), 7).image());
  }

  @Test
  void aNameWithNoCutOutFailsTheStageNamingTheKnownOnes() {
    Image photo = Photos.jpeg("fruits.jpg");

    CompletionStage<EditedImage> painting = painter.paint(photo, new ImageEdit.Add("piano", BOX), 7);

    assertThat(painting.toCompletableFuture()).isCompletedExceptionally();
    assertThatThrownBy(() -> Painters.join(painting))
        .isInstanceOf(CannotBootstrapException.class)
        .hasMessage("No cut-out matches 'piano'; there are [ball, cup, box, bottle]");
  }

  @Test
  void removesAndOutpaintsAsTheirOwnClassesDo() {
    Image photo = Photos.jpeg("fruits.jpg");

    EditedImage removed = Photos.painted(photo, new ImageEdit.Remove(BOX), 7);
    EditedImage outpainted = Photos.painted(photo, new ImageEdit.Outpaint(1.25), 7);

    assertThat(removed.changed()).isEqualTo(new Box(392, 137, 458, 203));
    assertThat(Photos.differingOutside(Photos.pixels(photo), Photos.pixels(removed.image()), removed.changed())).isZero();
    assertThat(outpainted.changed()).isEqualTo(new Box(0, 0, 640, 600));
  }
}
