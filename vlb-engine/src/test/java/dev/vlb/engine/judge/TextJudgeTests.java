package dev.vlb.engine.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.Sample;
import dev.vlb.api.spi.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextJudgeTests {

  private static final Image IMAGE = Image.png(new byte[] {1, 2, 3}, 320, 240);
  private static final String APPLES = "How many red apples are on the table?";

  private final TextJudge judge = TextJudge.create();

  private static Sample sample(String question) {
    return new Sample("item-1", IMAGE, "", question, List.of(), "3", TaskType.SHORT_ANSWER, null);
  }

  private Verdict judge(String original, String variant) {
    return judge.judge(sample(original), sample(variant));
  }

  @Test
  void isNamedAfterItsModelAndCheck() {
    assertThat(judge.name()).isEqualTo("text (all-MiniLM-L6-v2 + lexical)");
  }

  /** The embedding alone would accept it: the two questions are almost the same vector. */
  @Test
  void rejectsApplesUnderTheTableForApplesOnItNamingTheSpatialWord() {
    String under = "How many red apples are under the table?";

    assertThat(judge.cosine(APPLES, under)).isGreaterThan(0.95);
    assertThat(judge(APPLES, under)).isEqualTo(Verdict.reject("spatial word 'on' became 'under'"));
  }

  @Test
  void acceptsATrueParaphraseAndSaysWhy() {
    Verdict verdict = judge(APPLES, "What is the number of red apples on the table?");

    assertThat(verdict.accepted()).isTrue();
    assertThat(verdict.reason()).matches("no number, colour, shape, size, spatial word, comparative, question word, "
        + "negation or content word changed, and cosine 0\\.9\\d >= 0\\.23");
  }

  @Test
  void acceptsARelationTurnedToItsConverseWithItsObjectsSwapped() {
    assertThat(judge("Is the red circle to the left of the blue square?",
        "Is the blue square to the right of the red circle?").accepted()).isTrue();
  }

  @Test
  void acceptsSynonymsOfTheSmallTableAndOfWordNet() {
    assertThat(judge("Is the cat below the car?", "Is the cat beneath the automobile?").accepted()).isTrue();
  }

  @Test
  void rejectsAChangedNumber() {
    assertThat(judge("Are there two dogs in the park?", "Are there three dogs in the park?"))
        .isEqualTo(Verdict.reject("number 'two' became 'three'"));
  }

  @Test
  void rejectsADroppedNegation() {
    assertThat(judge("Is the woman not holding an umbrella?", "Is the woman holding an umbrella?"))
        .isEqualTo(Verdict.reject("negation 'not' was dropped"));
  }

  @Test
  void rejectsObjectsSwappedAroundTheSameRelation() {
    assertThat(judge("Is the cat on the box?", "Is the box on the cat?"))
        .isEqualTo(Verdict.reject("'cat' and 'box' swapped places around 'on'"));
  }

  @Test
  void rejectsAVariantBelowTheCosineThreshold() {
    Verdict verdict = TextJudge.create(0.99).judge(sample(APPLES), sample("What is the number of red apples on the table?"));

    assertThat(verdict.accepted()).isFalse();
    assertThat(verdict.reason()).matches("cosine 0\\.\\d\\d < 0\\.99");
  }

  @Test
  void judgesTheSameRewriteTheSameWayEveryTime() {
    String variant = "What is the number of red apples on the table?";

    Verdict first = judge(APPLES, variant);

    assertThat(TextJudge.create().judge(sample(APPLES), sample(variant))).isEqualTo(first);
    assertThat(judge(APPLES, variant)).isEqualTo(first);
    assertThat(TextJudge.create().cosine(APPLES, variant)).isEqualTo(judge.cosine(APPLES, variant));
  }

  @Test
  void doesNotJudgeAChangedImage() {
    Sample edited = sample(APPLES).withImage(Image.png(new byte[] {9, 9}, 320, 240), null);

    assertThat(judge.judge(sample(APPLES), edited)).isEqualTo(
        Verdict.reject("the image changed: the text judge cannot judge images, only rewritten questions"));
  }

  @Test
  void doesNotJudgeAddedContext() {
    Sample withContext = sample(APPLES).withContext("The kitchen is tidy.");

    assertThat(judge.judge(sample(APPLES), withContext)).isEqualTo(Verdict.reject(
        "context was added: whether context gives the answer away is not a question of text similarity"));
  }

  @Test
  void judgesARewrittenContextLikeAQuestion() {
    Sample original = sample(APPLES).withContext("The apples lie on the table.");

    assertThat(judge.judge(original, original.withContext("The apples lie under the table.")))
        .isEqualTo(Verdict.reject("context: spatial word 'on' became 'under'"));
  }

  @Test
  void refusesAThresholdThatNoCosineHas() {
    assertThatThrownBy(() -> TextJudge.create(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A cosine threshold lies in [-1, 1], was 1.5");
  }
}
