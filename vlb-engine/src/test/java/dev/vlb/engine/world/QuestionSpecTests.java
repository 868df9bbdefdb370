package dev.vlb.engine.world;

import static dev.vlb.engine.world.WorldSamples.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.api.TaskType;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Ground truth and canonical wording of every question kind, on hand-built scenes. */
class QuestionSpecTests {

  private static final SceneObject RED_CIRCLE = object(Shape.CIRCLE, Colour.RED, Size.LARGE, 60, 60);
  private static final SceneObject BLUE_SQUARE = object(Shape.SQUARE, Colour.BLUE, Size.MEDIUM, 200, 65);
  private static final SceneObject SMALL_BLUE_STAR = object(Shape.STAR, Colour.BLUE, Size.SMALL, 200, 180);
  private static final SceneObject SMALL_RED_CIRCLE = object(Shape.CIRCLE, Colour.RED, Size.SMALL, 280, 200);
  private static final Scene SCENE = Scene.of(RED_CIRCLE, BLUE_SQUARE, SMALL_BLUE_STAR);

  @Test
  void existence() {
    QuestionSpec present = new QuestionSpec.Exists(Colour.BLUE, Shape.STAR);
    QuestionSpec absent = new QuestionSpec.Exists(Colour.RED, Shape.STAR);

    assertThat(present.text()).isEqualTo("Is there a blue star in the image?");
    assertThat(new QuestionSpec.Exists(Colour.ORANGE, Shape.STAR).text()).isEqualTo("Is there an orange star in the image?");
    assertThat(present.truth(SCENE)).isEqualTo(Truth.of("Yes"));
    assertThat(absent.truth(SCENE)).isEqualTo(Truth.of("No"));
    assertThat(present.kind()).isEqualTo("existence");
    assertThat(present.type()).isEqualTo(TaskType.YES_NO);
  }

  @Test
  void spatialRelationsUseCentresWithATolerance() {
    QuestionSpec left = new QuestionSpec.Spatial(Colour.RED, Shape.CIRCLE, Relation.LEFT_OF, Colour.BLUE, Shape.SQUARE);
    QuestionSpec below = new QuestionSpec.Spatial(Colour.RED, Shape.CIRCLE, Relation.BELOW, Colour.BLUE, Shape.STAR);
    QuestionSpec above = new QuestionSpec.Spatial(Colour.RED, Shape.CIRCLE, Relation.ABOVE, Colour.BLUE, Shape.SQUARE);

    assertThat(left.text()).isEqualTo("Is the red circle to the left of the blue square?");
    assertThat(below.text()).isEqualTo("Is the red circle below the blue star?");
    assertThat(left.truth(SCENE)).isEqualTo(Truth.of("Yes"));
    assertThat(below.truth(SCENE)).isEqualTo(Truth.of("No"));
    assertThat(above.truth(SCENE).problem())
        .isEqualTo("the centres of the red circle and the blue square are too close to tell");
  }

  @Test
  void spatialQuestionsNeedUniqueReferringExpressions() {
    QuestionSpec right =
        new QuestionSpec.Spatial(Colour.BLUE, Shape.SQUARE, Relation.RIGHT_OF, Colour.RED, Shape.CIRCLE);

    assertThat(right.truth(SCENE)).isEqualTo(Truth.of("Yes"));
    assertThat(right.truth(SCENE.with(SMALL_RED_CIRCLE)).problem()).isEqualTo("'the red circle' designates 2 objects");
  }

  @Test
  void compareCountsColours() {
    QuestionSpec moreBlue = new QuestionSpec.Compare(Colour.BLUE, Colour.RED);

    assertThat(moreBlue.text()).isEqualTo("Are there more blue objects than red objects?");
    assertThat(moreBlue.truth(SCENE)).isEqualTo(Truth.of("Yes"));
    assertThat(new QuestionSpec.Compare(Colour.RED, Colour.BLUE).truth(SCENE)).isEqualTo(Truth.of("No"));
    assertThat(moreBlue.truth(SCENE.with(SMALL_RED_CIRCLE))).as("a tie is not more").isEqualTo(Truth.of("No"));
  }

  @Test
  void colourQuestionsNeedASingleObject() {
    QuestionSpec ofSquare = new QuestionSpec.ColourOfShape(Shape.SQUARE);
    QuestionSpec ofSmallCircle = new QuestionSpec.ColourOfSizedShape(Size.SMALL, Shape.CIRCLE);
    Scene twoCircles = SCENE.with(SMALL_RED_CIRCLE);

    assertThat(ofSquare.text()).isEqualTo("What color is the square?");
    assertThat(ofSquare.truth(SCENE)).isEqualTo(Truth.of("blue"));
    assertThat(new QuestionSpec.ColourOfShape(Shape.CIRCLE).truth(twoCircles).problem())
        .isEqualTo("'the circle' designates 2 objects");
    assertThat(ofSmallCircle.text()).isEqualTo("What color is the small circle?");
    assertThat(ofSmallCircle.truth(twoCircles)).isEqualTo(Truth.of("red"));
    assertThat(ofSmallCircle.type()).isEqualTo(TaskType.SHORT_ANSWER);
  }

  @Test
  void counts() {
    Scene scene = SCENE.with(SMALL_RED_CIRCLE);

    assertThat(new QuestionSpec.CountOfKind(Colour.RED, Shape.CIRCLE).text())
        .isEqualTo("How many red circles are there?");
    assertThat(new QuestionSpec.CountOfKind(Colour.RED, Shape.CIRCLE).truth(scene)).isEqualTo(Truth.of("2"));
    assertThat(new QuestionSpec.CountShape(Shape.STAR).text()).isEqualTo("How many stars are there?");
    assertThat(new QuestionSpec.CountShape(Shape.STAR).truth(scene)).isEqualTo(Truth.of("1"));
    assertThat(new QuestionSpec.CountAll().text()).isEqualTo("How many objects are there?");
    assertThat(new QuestionSpec.CountAll().truth(scene)).isEqualTo(Truth.of("4"));
  }

  @Test
  void shapeOfTheOnlyObjectOfAColour() {
    QuestionSpec red = new QuestionSpec.ShapeOfColour(Colour.RED, TaskType.SHORT_ANSWER);

    assertThat(red.text()).isEqualTo("What shape is the red object?");
    assertThat(red.truth(SCENE)).isEqualTo(Truth.of("circle"));
    assertThat(new QuestionSpec.ShapeOfColour(Colour.BLUE, TaskType.SHORT_ANSWER).truth(SCENE).defined()).isFalse();
  }

  @Test
  void largestNeedsAUniqueLargestObject() {
    QuestionSpec largest = new QuestionSpec.Largest();
    SceneObject largeYellowHexagon = object(Shape.HEXAGON, Colour.YELLOW, Size.LARGE, 150, 200);

    assertThat(largest.text()).isEqualTo("Which object is largest?");
    assertThat(largest.truth(SCENE)).isEqualTo(Truth.of("the red circle"));
    assertThat(largest.truth(SCENE.with(largeYellowHexagon)).problem()).isEqualTo("2 objects share the largest size");
  }

  @Test
  void multipleChoiceDistractorsAreThreeOtherPlausibleOptions() {
    SplittableRandom random = new SplittableRandom(1);

    assertThat(new QuestionSpec.ColourOfShape(Shape.SQUARE).distractors(SCENE, "blue", random))
        .hasSize(3).doesNotHaveDuplicates().doesNotContain("blue").allMatch(word -> word.matches("[a-z]+"));
    assertThat(new QuestionSpec.CountOfKind(Colour.RED, Shape.CIRCLE).distractors(SCENE, "1", random))
        .hasSize(3).doesNotHaveDuplicates().doesNotContain("1").allMatch(n -> Integer.parseInt(n) <= 4);
    assertThat(new QuestionSpec.Largest().distractors(SCENE, "the red circle", random))
        .hasSize(3)
        .doesNotHaveDuplicates()
        .doesNotContain("the red circle")
        .contains("the blue square", "the blue star");
  }

  @Test
  void aCountLeaksThroughAnyWordThatSaysHowManyThereAre() {
    QuestionSpec stars = new QuestionSpec.CountShape(Shape.STAR);
    QuestionSpec redStars = new QuestionSpec.CountOfKind(Colour.RED, Shape.STAR);
    Truth three = Truth.of(3);

    assertThat(stars.leak("The star lies at the top left.", three)).contains("The star");
    assertThat(stars.leak("Both small stars lie at the top.", three)).contains("Both small stars");
    assertThat(redStars.leak("There are two red stars.", three)).contains("two red stars");
    assertThat(redStars.leak("A single red star is cut off.", three)).contains("A single red star");
    assertThat(stars.leak("Every star lies in the lower half; some may be small.", three)).isEmpty();
    assertThat(redStars.leak("Every red star lies at the top left.", three)).isEmpty();
  }

  @Test
  void aSpatialQuestionLeaksThroughBothObjectsOrARelationNotThroughOnePlace() {
    QuestionSpec spatial =
        new QuestionSpec.Spatial(Colour.RED, Shape.CIRCLE, Relation.LEFT_OF, Colour.BLUE, Shape.SQUARE);
    Truth yes = Truth.of(true);

    assertThat(spatial.leak("The red circle lies at the top left.", yes)).isEmpty();
    assertThat(spatial.leak("The red circle lies at the top left. The blue square lies on the right.", yes))
        .contains("red circle");
    assertThat(spatial.leak("The blue square lies right of everything.", yes)).contains("blue square");
  }

  @Test
  void leaksAreAnswerWordsNumbersAndSubjects() {
    Truth three = Truth.of("3");

    assertThat(new QuestionSpec.CountShape(Shape.STAR).leak("There are three stars.", three)).contains("three");
    assertThat(new QuestionSpec.CountShape(Shape.STAR).leak("Look at 3 stars.", three)).contains("3");
    assertThat(new QuestionSpec.CountShape(Shape.STAR).leak("There are 13 objects.", three)).isEmpty();
    QuestionSpec shape = new QuestionSpec.ShapeOfColour(Colour.RED, TaskType.SHORT_ANSWER);
    assertThat(shape.leak("Two circles.", Truth.of("circle"))).contains("circle");
    assertThat(new QuestionSpec.Exists(Colour.RED, Shape.STAR).leak("No red star here.", Truth.of("No")))
        .contains("red star");
    assertThat(new QuestionSpec.Exists(Colour.RED, Shape.STAR).leak("There are red circles.", Truth.of("No")))
        .isEmpty();
  }

  @Test
  void visibilityCountsTheCanvasEdgeAndObjectsOnTop() {
    Scene halfOut = Scene.of(object(Shape.SQUARE, Colour.RED, Size.LARGE, 0, 120));
    Scene covered =
        Scene.of(
            object(Shape.SQUARE, Colour.RED, Size.SMALL, 100, 100),
            object(Shape.CIRCLE, Colour.BLUE, Size.LARGE, 100, 100));

    assertThat(halfOut.visibility(0)).isEqualTo(0.5);
    assertThat(covered.visibility(0)).isZero();
    assertThat(covered.visibility(1)).isEqualTo(1.0);
    assertThat(covered.fair(Scene.MIN_VISIBLE)).isFalse();
  }
}
