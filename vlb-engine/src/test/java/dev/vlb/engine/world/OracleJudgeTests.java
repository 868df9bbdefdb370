package dev.vlb.engine.world;

import static dev.vlb.engine.world.WorldSamples.object;
import static dev.vlb.engine.world.WorldSamples.sample;
import static dev.vlb.engine.world.WorldSamples.world;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.api.ImageStrategy;
import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Sample;
import dev.vlb.api.spi.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class OracleJudgeTests {

  private static final SceneObject RED_CIRCLE = object(Shape.CIRCLE, Colour.RED, Size.LARGE, 60, 60);
  private static final SceneObject BLUE_CIRCLE = object(Shape.CIRCLE, Colour.BLUE, Size.MEDIUM, 200, 60);
  private static final SceneObject GREEN_STAR = object(Shape.STAR, Colour.GREEN, Size.SMALL, 250, 180);
  private static final Scene SCENE = Scene.of(RED_CIRCLE, BLUE_CIRCLE, GREEN_STAR);

  private final OracleJudge oracle = new OracleJudge();

  @Test
  void acceptsAVariantThatKeepsTheAnswer() {
    Sample original = sample(SCENE, new QuestionSpec.CountShape(Shape.CIRCLE));
    Sample variant = SceneEditor.withScene(original, world(original).with(SCENE.without(2)));

    assertThat(oracle.name()).isEqualTo("oracle");
    assertThat(oracle.judge(original, variant))
        .isEqualTo(Verdict.accept("answer 2 unchanged: removed a small green star"));
    assertThat(oracle.judge(original, original)).isEqualTo(Verdict.accept("answer 2 unchanged: scene unchanged"));
  }

  @Test
  void rejectsABrokenEditThatAddsACountedObject() {
    Sample original = sample(SCENE, new QuestionSpec.CountShape(Shape.CIRCLE));
    SceneObject anotherCircle = object(Shape.CIRCLE, Colour.YELLOW, Size.SMALL, 150, 200);
    Sample broken = SceneEditor.withScene(original, world(original).with(SCENE.with(anotherCircle)));

    assertThat(oracle.judge(original, broken))
        .isEqualTo(Verdict.reject("answer changed from 2 to 3: added a small yellow circle"));
  }

  @Test
  void rejectsAnEditThatLeavesNoSingleAnswer() {
    Sample original = sample(SCENE, new QuestionSpec.ColourOfShape(Shape.STAR));
    SceneObject secondStar = object(Shape.STAR, Colour.PURPLE, Size.MEDIUM, 150, 200);
    Sample broken = SceneEditor.withScene(original, world(original).with(SCENE.with(secondStar)));

    assertThat(oracle.judge(original, broken).reason())
        .isEqualTo(
            "the question has no single answer any more, 'the star' designates 2 objects: added a medium purple star");
  }

  @Test
  void rejectsAVariantWithoutAScene() {
    Sample original = sample(SCENE, new QuestionSpec.CountAll());

    assertThat(oracle.judge(original, original.withImage(original.image(), null)))
        .isEqualTo(Verdict.reject("syn-test: the variant has no synthetic scene, so its answer cannot be checked"));
  }

  @Test
  void rejectsAContextThatGivesTheAnswerAway() {
    Sample original = sample(SCENE, new QuestionSpec.CountShape(Shape.CIRCLE));

    assertThat(oracle.judge(original, original.withContext("Exactly two circles are visible.")))
        .isEqualTo(Verdict.reject("the context gives the answer 2 away: it mentions 'two'"));
    assertThat(oracle.judge(original, original.withContext("The picture has a green star.")).accepted()).isTrue();
  }

  @Test
  void rejectsAVariantThatStatesAnotherAnswer() {
    Sample original = sample(SCENE, new QuestionSpec.Exists(Colour.RED, Shape.CIRCLE));
    Sample lying =
        new Sample(
            "syn-test", original.image(), "", original.question(), List.of(), "No", TaskType.YES_NO, world(original));

    assertThat(oracle.judge(original, lying).reason())
        .isEqualTo("syn-test: the variant states the answer No instead of Yes");
  }

  @Test
  void judgesOutpaintingByTheScene() {
    Sample original = sample(SCENE, new QuestionSpec.Exists(Colour.GREEN, Shape.STAR));
    Sample outpainted = new SceneEditor(1.25).edit(ImageStrategy.OUTPAINT, original, 0);

    assertThat(oracle.judge(original, outpainted).reason())
        .startsWith("answer Yes unchanged: ")
        .endsWith("outpainted 1.25x");
  }
}
