package dev.vlb.engine.model.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Shape naming through the model, on shapes drawn at several sizes and sub-pixel positions. */
class ShapeClassificationTests {

  private static final List<String> SHAPES = List.of("circle", "square", "triangle", "star", "hexagon", "diamond");
  private static final double[] OFFSETS = {0, 0.25, 0.5, 0.75};

  @ParameterizedTest
  @CsvSource({"circle, 16", "circle, 26", "square, 16", "square, 26", "triangle, 16", "triangle, 26",
      "star, 16", "star, 26", "hexagon, 16", "hexagon, 26", "diamond, 16", "diamond, 26"})
  void namesEveryShapeAtMediumAndLargeSize(String shape, int radius) {
    for (double offset : OFFSETS) {
      assertThat(shapeSeen(shape, radius, offset)).as("%s r=%d offset %s", shape, radius, offset).isEqualTo(shape);
    }
  }

  @Test
  void confusesSomeSmallShapesLikeAWeakModel() {
    Map<String, Integer> confusions = new TreeMap<>();
    int correct = 0;
    for (String shape : SHAPES) {
      for (double offset : OFFSETS) {
        String seen = shapeSeen(shape, SceneCanvas.SMALL, offset);
        if (seen.equals(shape)) {
          correct++;
        } else {
          confusions.merge(shape + " -> " + seen, 1, Integer::sum);
        }
      }
    }
    System.out.println("Small shapes: " + correct + "/" + SHAPES.size() * OFFSETS.length + " named right; confusions " + confusions);

    assertThat(correct).isEqualTo(21);
    assertThat(confusions).containsExactly(Map.entry("circle -> hexagon", 3));
  }

  private static String shapeSeen(String shape, int radius, double offset) {
    var image = SceneCanvas.blank().draw("purple", shape, 120 + offset, 100 + offset * 0.6, radius).png();
    return ReferenceModelTests.shortAnswer(image, "What shape is the purple object?");
  }
}
