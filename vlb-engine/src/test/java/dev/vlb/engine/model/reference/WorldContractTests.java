package dev.vlb.engine.model.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.engine.world.WorldContract;
import dev.vlb.engine.world.WorldContract.Paint;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reference model keeps its own copy of the world's palette and shapes, since it must never read
 * ground truth; these tests fail as soon as the two copies drift apart.
 */
class WorldContractTests {

  @Test
  void knowsTheColoursOfTheWorldByName() {
    assertThat(Arrays.stream(PaletteColour.values()).map(PaletteColour::word))
        .containsExactlyInAnyOrderElementsOf(WorldContract.colours().stream().map(Paint::word).toList());
    for (Paint paint : WorldContract.colours()) {
      assertThat(KnownWords.colour(paint.word()).map(PaletteColour::word)).as(paint.word()).contains(paint.word());
    }
  }

  @Test
  void seesEachColourAtTheRgbTheWorldPaints() {
    for (Paint paint : WorldContract.colours()) {
      PaletteColour colour = KnownWords.colour(paint.word()).orElseThrow();
      assertThat(distance(colour, paint.fill(), false)).as("fill of %s, %s", paint.word(), paint.fill()).isZero();
      // the world truncates its darkened outline to whole channels: at most 1 off in each
      assertThat(distance(colour, paint.outline(), true)).as("outline of %s, %s", paint.word(), paint.outline())
          .isLessThanOrEqualTo(3);
    }
  }

  @Test
  void knowsTheShapesOfTheWorldByNameInTheSingularAndPlural() {
    assertThat(Arrays.stream(ShapeKind.values()).map(ShapeKind::word))
        .containsExactlyInAnyOrderElementsOf(WorldContract.shapes().stream().map(words -> words.get(0)).toList());
    for (List<String> words : WorldContract.shapes()) {
      for (String word : words) {
        assertThat(KnownWords.shape(word).map(ShapeKind::word)).as(word).contains(words.get(0));
      }
    }
  }

  private static int distance(PaletteColour colour, Color painted, boolean outline) {
    return colour.distanceSquared(painted.getRed(), painted.getGreen(), painted.getBlue(), outline);
  }
}
