package dev.vlb.engine.bootstrap.question;

import static dev.vlb.api.QuestionStrategy.REPHRASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.QuestionRewriter;
import dev.vlb.api.spi.Sample;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RephraseTests {

  private final QuestionRewriter rewriter = OfflineQuestionRewriters.create();

  private String rephrase(String question, long seed) {
    return rewriter.rewrite(REPHRASE, Samples.yesNo(question), seed).question();
  }

  /** What the seeds choose among; a rule's templates are all reachable. */
  private Set<String> rephrasings(String question) {
    return LongStream.range(0, 60).mapToObj(seed -> rephrase(question, seed)).collect(Collectors.toSet());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Is there a red circle in the image?                   | Does the image contain a red circle?
      Is there a red circle in the image?                   | Can you see a red circle in the image?
      Is there an orange star in the image?                 | Does the image contain an orange star?
      Is the red circle to the left of the blue square?     | Is the blue square to the right of the red circle?
      Is the red circle to the left of the blue square?     | Is the red circle located to the left of the blue square?
      Is the green star above the yellow hexagon?           | Is the yellow hexagon below the green star?
      Is the purple diamond to the right of the orange triangle? | Is the orange triangle to the left of the purple diamond?
      Is the blue square below the red star?                | Is the red star above the blue square?
      Are there more red objects than blue objects?         | Do red objects outnumber blue objects?
      Are there more red objects than blue objects?         | Is the number of red objects greater than the number of blue objects?
      What color is the hexagon?                            | What is the color of the hexagon?
      What color is the hexagon?                            | Which color does the hexagon have?
      How many green triangles are there?                   | What is the number of green triangles in the image?
      How many green triangles are there?                   | Count the green triangles. How many are there?
      What shape is the purple object?                      | What is the shape of the purple object?
      What shape is the purple object?                      | Which shape does the purple object have?
      Which object is largest?                              | What is the largest object?
      Which object is largest?                              | Can you identify which object is largest?
      How many objects are there?                           | What is the number of objects in the image?
      What color is the small diamond?                      | Which color does the small diamond have?
      Is there a red circle in the image?                   | Is any of the objects in the image a red circle?
      Is the red circle to the left of the blue square?     | Relative to the blue square, is the red circle to the left of it?
      Are there more red objects than blue objects?         | Are blue objects fewer than red objects?
      How many green triangles are there?                   | How many of the objects in the image are green triangles?
      What color is the small diamond?                      | Look at the small diamond. What color is that object?
      """)
  void rewordsEveryWorldTemplate(String question, String expected) {
    assertThat(rephrasings(question)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Is there a red circle in the image?",
      "Is the red circle to the left of the blue square?",
      "Are there more red objects than blue objects?",
      "What color is the square?",
      "How many red squares are there?",
      "What shape is the red object?",
      "Which object is largest?",
      "How many squares are there?",
      "How many objects are there?",
      "What color is the large square?"})
  void offersAtLeastTwoRephrasingsOfEveryWorldTemplate(String question) {
    assertThat(rephrasings(question)).hasSizeGreaterThanOrEqualTo(2).doesNotContain(question);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Which of the following captions best describes this image? | Among the following captions, which one best describes this image?
      Which of the following captions best describes this image? | Could you tell which of the following captions best describes this image?
      Is there a dog in this image? Please answer yes or no.     | Does this image contain a dog? Please answer yes or no.
      What is the man holding in his right hand?                 | Could you tell what the man is holding in his right hand?
      How many apples are on the table?                          | What is the number of apples that are on the table?
      Which animal is the woman in the photo feeding?            | Could you tell which animal the woman in the photo is feeding?
      What is the weather like in the scene?                     | How would you describe the weather in the scene?
      Does the image show a cat?                                 | Is it true that the image shows a cat?
      Hint: look closely. What is in the box?                    | Hint: look closely. What can be seen in the box?
      """)
  void rewordsBenchmarkQuestionsAndKeepsTheTextAroundThem(String question, String expected) {
    assertThat(rephrasings(question)).contains(expected);
  }

  @Test
  void isDeterministicPerSeed() {
    String question = "Is the red circle to the left of the blue square?";
    assertThat(rephrase(question, 123)).isEqualTo(rephrase(question, 123));
  }

  @Test
  void changesOnlyTheQuestion() {
    Sample original = Samples.choice("What shape is the red object?", List.of("circle", "star", "square", "diamond"));
    Sample variant = rewriter.rewrite(REPHRASE, original, 5);
    assertThat(variant.question()).isNotEqualTo(original.question());
    assertThat(variant.withQuestion(original.question())).isEqualTo(original);
  }

  @Test
  void refusesQuestionsNoRuleFits() {
    assertThatThrownBy(() -> rephrase("Why is the sky blue?", 0))
        .isInstanceOf(CannotBootstrapException.class)
        .hasMessage("L2: no rephrasing rule fits sample syn-0001: Why is the sky blue?");
  }
}
