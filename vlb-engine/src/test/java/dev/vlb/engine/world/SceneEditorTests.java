package dev.vlb.engine.world;

import static dev.vlb.engine.world.WorldSamples.object;
import static dev.vlb.engine.world.WorldSamples.sample;
import static dev.vlb.engine.world.WorldSamples.world;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.ImageStrategy;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.Sample;
import dev.vlb.api.spi.Verdict;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SceneEditorTests {

  private final SceneEditor editor = new SceneEditor(1.5);
  private final OracleJudge oracle = new OracleJudge();

  @ParameterizedTest
  @EnumSource(ImageStrategy.class)
  void keepsTheAnswerAndChangesTheImageOnGeneratedItems(ImageStrategy strategy) {
    List<Sample> supported = WorldSamples.many().stream().filter(s -> editor.supports(strategy, s)).toList();

    assertThat(supported).as("items %s applies to", strategy.code()).hasSizeGreaterThanOrEqualTo(80);
    for (Sample sample : supported) {
      Sample variant = editor.edit(strategy, sample, 11);
      Verdict verdict = oracle.judge(sample, variant);

      assertThat(verdict.accepted()).as("%s %s: %s", sample.id(), strategy.code(), verdict.reason()).isTrue();
      assertThat(variant.image()).as(sample.id()).isNotEqualTo(sample.image());
      assertThat(variant.question()).isEqualTo(sample.question());
      assertThat(variant.answer()).isEqualTo(sample.answer());
    }
  }

  @Test
  void addsALookAlikeOfTheSubjectAgainstItAndBeneathEverything() {
    SceneObject redStar = object(Shape.STAR, Colour.RED, Size.MEDIUM, 160, 120);
    SceneObject blueCircle = object(Shape.CIRCLE, Colour.BLUE, Size.SMALL, 40, 40);
    Sample sample = sample(Scene.of(redStar, blueCircle), new QuestionSpec.CountOfKind(Colour.RED, Shape.STAR));

    for (long seed = 1; seed <= 20; seed++) {
      Scene after = world(editor.edit(ImageStrategy.ADD_OBJECT, sample, seed)).scene();

      assertThat(after.objects()).hasSize(3).endsWith(redStar, blueCircle);
      SceneObject added = after.objects().get(0);
      assertThat(added.colour() == Colour.RED ^ added.shape() == Shape.STAR).as("shares one attribute: %s", added).isTrue();
      assertThat(Math.hypot(added.x() - 160, added.y() - 120))
          .as("centre distance of %s", added)
          .isLessThanOrEqualTo(Size.MEDIUM.radius() + added.size().radius());
    }
  }

  @Test
  void prefersALookAlikeOfTheColourThatCanMergeWithTheSubject() {
    SceneObject yellowHexagon = object(Shape.HEXAGON, Colour.YELLOW, Size.LARGE, 160, 120);
    Sample sample = sample(Scene.of(yellowHexagon), new QuestionSpec.Exists(Colour.YELLOW, Shape.HEXAGON));

    long sameColour =
        LongStream.rangeClosed(1, 40)
            .mapToObj(seed -> world(editor.edit(ImageStrategy.ADD_OBJECT, sample, seed)).scene().objects().get(0))
            .filter(added -> added.colour() == Colour.YELLOW)
            .count();

    assertThat(sameColour).isBetween(20L, 36L);
  }

  @Test
  void removesAnObjectTheAnswerDoesNotDependOn() {
    SceneObject redCircle = object(Shape.CIRCLE, Colour.RED, Size.MEDIUM, 60, 60);
    SceneObject greenStar = object(Shape.STAR, Colour.GREEN, Size.SMALL, 250, 180);
    Sample sample = sample(Scene.of(redCircle, greenStar), new QuestionSpec.CountShape(Shape.CIRCLE));

    assertThat(world(editor.edit(ImageStrategy.REMOVE_OBJECT, sample, 1)).scene().objects()).containsExactly(redCircle);
  }

  @Test
  void removesTheObjectTouchingTheSubjectInItsColourFirst() {
    SceneObject redCircle = object(Shape.CIRCLE, Colour.RED, Size.MEDIUM, 100, 100);
    SceneObject redSquare = object(Shape.SQUARE, Colour.RED, Size.MEDIUM, 130, 100);
    SceneObject blueSquare = object(Shape.SQUARE, Colour.BLUE, Size.MEDIUM, 70, 100);
    SceneObject greenStar = object(Shape.STAR, Colour.GREEN, Size.SMALL, 250, 180);
    Sample sample =
        sample(Scene.of(greenStar, redSquare, blueSquare, redCircle), new QuestionSpec.CountShape(Shape.CIRCLE));

    assertThat(world(editor.edit(ImageStrategy.REMOVE_OBJECT, sample, 1)).scene().objects())
        .containsExactly(greenStar, blueSquare, redCircle);
  }

  @Test
  void removesTheObjectNearestTheSubjectAmongEquallyUnlikeOnes() {
    SceneObject redCircle = object(Shape.CIRCLE, Colour.RED, Size.SMALL, 100, 100);
    SceneObject far = object(Shape.STAR, Colour.GREEN, Size.SMALL, 280, 200);
    SceneObject near = object(Shape.STAR, Colour.GREEN, Size.SMALL, 150, 120);
    Sample sample = sample(Scene.of(far, redCircle, near), new QuestionSpec.ColourOfShape(Shape.CIRCLE));

    assertThat(world(editor.edit(ImageStrategy.REMOVE_OBJECT, sample, 1)).scene().objects())
        .containsExactly(far, redCircle);
  }

  @Test
  void cannotAddToOrRemoveFromAQuestionAboutAllObjects() {
    Scene scene =
        Scene.of(
            object(Shape.CIRCLE, Colour.RED, Size.MEDIUM, 60, 60),
            object(Shape.STAR, Colour.GREEN, Size.SMALL, 250, 180));
    Sample total = sample(scene, new QuestionSpec.CountAll());

    assertThat(editor.supports(ImageStrategy.ADD_OBJECT, total)).isFalse();
    assertThat(editor.supports(ImageStrategy.REMOVE_OBJECT, total)).isFalse();
    assertThat(editor.supports(ImageStrategy.OUTPAINT, total)).isTrue();
    assertThatThrownBy(() -> editor.edit(ImageStrategy.REMOVE_OBJECT, total, 1))
        .isInstanceOf(CannotBootstrapException.class)
        .hasMessage("syn-test: every object bears on the answer, none can be removed ('How many objects are there?')");
  }

  @Test
  void outpaintingKeepsA320x240CanvasAndShrinksObjectsByTheRatio() {
    Sample sample = WorldSamples.many().get(3);

    Sample outpainted = new SceneEditor(2.0).edit(ImageStrategy.OUTPAINT, sample, 5);

    assertThat(outpainted.image().width()).isEqualTo(320);
    assertThat(outpainted.image().height()).isEqualTo(240);
    assertThat(world(outpainted).scene().zoom()).isEqualTo(0.5);
    SceneObject first = world(sample).scene().objects().get(0);
    assertThat(world(outpainted).scene().objects().get(0))
        .isEqualTo(first.movedTo(80 + first.x() / 2, 60 + first.y() / 2));
  }

  @Test
  void anotherSeedMakesAnotherEdit() {
    Sample sample = WorldSamples.many().get(1);

    assertThat(editor.edit(ImageStrategy.ADD_OBJECT, sample, 1).image())
        .isNotEqualTo(editor.edit(ImageStrategy.ADD_OBJECT, sample, 2).image())
        .isEqualTo(editor.edit(ImageStrategy.ADD_OBJECT, sample, 1).image());
  }

  @Test
  void editsCompose() {
    for (Sample sample : WorldSamples.many().subList(0, 40)) {
      Sample added = editor.supports(ImageStrategy.ADD_OBJECT, sample)
          ? editor.edit(ImageStrategy.ADD_OBJECT, sample, 1)
          : sample;
      Sample outpainted = editor.edit(ImageStrategy.OUTPAINT, added, 2);
      Sample again = editor.supports(ImageStrategy.ADD_OBJECT, outpainted)
          ? editor.edit(ImageStrategy.ADD_OBJECT, outpainted, 3)
          : outpainted;

      Verdict verdict = oracle.judge(sample, again);
      assertThat(verdict.accepted()).as("%s: %s", sample.id(), verdict.reason()).isTrue();
      assertThat(world(again).scene().zoom()).isEqualTo(1 / 1.5);
    }
  }
}
