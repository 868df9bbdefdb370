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

  @ParameterizedTest(name = "[{1}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Is there a red circle in the image?                   | 0 | Does the image contain a red circle?
      Is there a red circle in the image?                   | 1 | Can you see a red circle in the image?
      Is there an orange star in the image?                 | 0 | Does the image contain an orange star?
      Is the red circle to the left of the blue square?     | 0 | Is the blue square to the right of the red circle?
      Is the red circle to the left of the blue square?     | 1 | Is the red circle located to the left of the blue square?
      Is the green star above the yellow hexagon?           | 0 | Is the yellow hexagon below the green star?
      Is the purple diamond to the right of the orange triangle? | 0 | Is the orange triangle to the left of the purple diamond?
      Is the blue square below the red star?                | 0 | Is the red star above the blue square?
      Are there more red objects than blue objects?         | 0 | Do red objects outnumber blue objects?
      Are there more red objects than blue objects?         | 1 | Is the number of red objects greater than the number of blue objects?
      What color is the hexagon?                            | 0 | What is the color of the hexagon?
      What color is the hexagon?                            | 1 | Which color does the hexagon have?
      How many green triangles are there?                   | 0 | What is the number of green triangles in the image?
      How many green triangles are there?                   | 1 | Count the green triangles. How many are there?
      What shape is the purple object?                      | 0 | What is the shape of the purple object?
      What shape is the purple object?                      | 1 | Which shape does the purple object have?
      Which object is largest?                              | 0 | What is the largest object?
      Which object is largest?                              | 1 | Can you identify which object is largest?
      How many objects are there?                           | 0 | What is the number of objects in the image?
      What color is the small diamond?                      | 1 | Which color does the small diamond have?
      """)
  void rewordsEveryWorldTemplate(String question, long seed, String expected) {
    assertThat(rephrase(question, seed)).isEqualTo(expected);
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
    Set<String> rephrasings = LongStream.range(0, 40)
        .mapToObj(seed -> rephrase(question, seed))
        .collect(Collectors.toSet());
    assertThat(rephrasings).hasSizeGreaterThanOrEqualTo(2).doesNotContain(question);
  }

  @ParameterizedTest(name = "[{1}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Which of the following captions best describes this image? | 0 | Among the following captions, which one best describes this image?
      Which of the following captions best describes this image? | 1 | Could you tell which of the following captions best describes this image?
      Is there a dog in this image? Please answer yes or no.     | 0 | Does this image contain a dog? Please answer yes or no.
      What is the man holding in his right hand?                 | 0 | Could you tell what the man is holding in his right hand?
      How many apples are on the table?                          | 0 | What is the number of apples that are on the table?
      Which animal is the woman in the photo feeding?            | 0 | Could you tell which animal the woman in the photo is feeding?
      What is the weather like in the scene?                     | 0 | How would you describe the weather in the scene?
      Does the image show a cat?                                 | 0 | Is it true that the image shows a cat?
      Hint: look closely. What is in the box?                    | 0 | Hint: look closely. What can be seen in the box?
      """)
  void rewordsBenchmarkQuestionsAndKeepsTheTextAroundThem(String question, long seed, String expected) {
    assertThat(rephrase(question, seed)).isEqualTo(expected);
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
