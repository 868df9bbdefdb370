package dev.vlb.engine.world;

import static dev.vlb.engine.world.WorldSamples.answerText;
import static dev.vlb.engine.world.WorldSamples.object;
import static dev.vlb.engine.world.WorldSamples.sample;
import static dev.vlb.engine.world.WorldSamples.world;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Sample;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SceneDescriberTests {

  private static final Scene SCENE =
      Scene.of(
          object(Shape.CIRCLE, Colour.RED, Size.LARGE, 40, 40),
          object(Shape.CIRCLE, Colour.BLUE, Size.MEDIUM, 60, 200),
          object(Shape.STAR, Colour.GREEN, Size.SMALL, 280, 120));

  private final SceneDescriber describer = new SceneDescriber();
  private final OracleJudge oracle = new OracleJudge();

  @Test
  void groundsTheSubjectAndDescribesTheObjectsTheQuestionIsNotAbout() {
    Sample sample = sample(SCENE, new QuestionSpec.ShapeOfColour(Colour.RED, TaskType.SHORT_ANSWER));

    assertThat(describer.rewrite(QuestionStrategy.RELEVANT_CONTEXT, sample, 1).context())
        .isEqualTo(
            "The image shows 3 objects. The red object lies at the top left. There is also a small green star on"
                + " the right.");
  }

  @Test
  void saysWhatMakesTheSubjectEasyToMiss() {
    Scene scene =
        Scene.of(
            object(Shape.STAR, Colour.BLUE, Size.SMALL, 4, 200),
            object(Shape.CIRCLE, Colour.RED, Size.LARGE, 200, 60));
    Sample sample = sample(scene, new QuestionSpec.ColourOfShape(Shape.STAR));

    assertThat(describer.rewrite(QuestionStrategy.RELEVANT_CONTEXT, sample, 1).context())
        .contains("The star lies at the bottom left; it is small and cut off at the edge.")
        .doesNotContain("blue");
  }

  @Test
  void locatesOneObjectOfASpatialQuestionOnly() {
    Sample sample =
        sample(SCENE, new QuestionSpec.Spatial(Colour.RED, Shape.CIRCLE, Relation.ABOVE, Colour.BLUE, Shape.CIRCLE));
    Sample described = describer.rewrite(QuestionStrategy.RELEVANT_CONTEXT, sample, 1);

    assertThat(described.context()).contains("The red circle lies at the top left.").doesNotContain("blue circle");
    assertThat(oracle.judge(sample, described).accepted()).isTrue();
  }

  @Test
  void saysNothingAboutTheSubjectOfAnExistenceQuestion() {
    Sample sample = sample(SCENE, new QuestionSpec.Exists(Colour.RED, Shape.CIRCLE));

    assertThat(describer.rewrite(QuestionStrategy.RELEVANT_CONTEXT, sample, 1).context())
        .isEqualTo("The image shows 3 objects. There is also a small green star on the right.");
  }

  @Test
  void locatesTheCountedObjectsButNeverStatesANumberTheAnswerFollowsFrom() {
    Sample sample = sample(SCENE, new QuestionSpec.CountShape(Shape.CIRCLE));

    assertThat(describer.rewrite(QuestionStrategy.RELEVANT_CONTEXT, sample, 1).context())
        .isEqualTo("Every circle lies on the left side. There is also a small green star on the right.");
  }

  @Test
  void statesTheNumberOfObjectsForACountItDoesNotGiveAway() {
    Sample sample = sample(SCENE, new QuestionSpec.CountOfKind(Colour.RED, Shape.CIRCLE));

    assertThat(describer.rewrite(QuestionStrategy.RELEVANT_CONTEXT, sample, 1).context())
        .startsWith("The image shows 3 objects.")
        .contains("a small green star on the right");
  }

  @Test
  void neverContainsTheAnswerOnGeneratedItems() {
    for (Sample sample : WorldSamples.many()) {
      Sample described = describer.rewrite(QuestionStrategy.RELEVANT_CONTEXT, sample, 4);
      String context = described.context();

      assertThat(context).as(sample.id()).isNotBlank();
      if (sample.type() != TaskType.YES_NO) {
        String answer = answerText(sample).replaceFirst("^the ", "");
        assertThat(Pattern.compile("(?i)\\b" + Pattern.quote(answer) + "s?\\b").matcher(context).find())
            .as("%s answer '%s' in: %s", sample.id(), answer, context)
            .isFalse();
      }
      assertThat(oracle.judge(sample, described).accepted()).as(sample.id()).isTrue();
    }
  }

  @Test
  void statesTheTrueNumberOfObjectsForOtherQuestions() {
    for (Sample sample : WorldSamples.many()) {
      if (!world(sample).truth().isNumber()) {
        int objects = world(sample).scene().size();
        assertThat(describer.rewrite(QuestionStrategy.RELEVANT_CONTEXT, sample, 1).context())
            .startsWith("The image shows " + objects + " objects");
      }
    }
  }

  @Test
  void appendsToAnExistingContext() {
    Sample sample =
        sample(SCENE, new QuestionSpec.ShapeOfColour(Colour.RED, TaskType.SHORT_ANSWER)).withContext("A note.");

    assertThat(describer.rewrite(QuestionStrategy.RELEVANT_CONTEXT, sample, 1).context())
        .startsWith("A note.\nThe image shows 3 objects");
  }

  @Test
  void supportsOnlyRelevantContextOnSyntheticScenes() {
    Sample sample = sample(SCENE, new QuestionSpec.CountAll());

    assertThat(describer.supports(QuestionStrategy.RELEVANT_CONTEXT, sample)).isTrue();
    assertThat(describer.supports(QuestionStrategy.IRRELEVANT_CONTEXT, sample)).isFalse();
    assertThat(describer.supports(QuestionStrategy.RELEVANT_CONTEXT, sample.withImage(sample.image(), null))).isFalse();
  }
}
