package dev.vlb.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.Sample;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ScorersTests {

  static final Image IMAGE = Image.png(new byte[] {1}, 1, 1);

  static Sample sample(TaskType type, List<String> choices, String answer) {
    return new Sample("s1", IMAGE, "", "What colour is the car?", choices, answer, type, null);
  }

  private static Score score(TaskType type, List<String> choices, String answer, String reply) {
    return Scorers.create("mmbench", type, Optional.empty(), false).score(sample(type, choices, answer), reply);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Yes.|Yes", "yes, it is|Yes", "No, there isn't|No", "NO|No", "There is no dog in the picture.|No",
      "I believe the answer is yes|Yes"})
  void readsYesAndNoFromFreeText(String reply, String extracted) {
    assertThat(score(TaskType.YES_NO, List.of(), "Yes", reply).extracted()).isEqualTo(extracted);
  }

  @Test
  void scoresYesNoAgainstTheAnswer() {
    assertThat(score(TaskType.YES_NO, List.of(), "No", "No, there isn't")).isEqualTo(Score.correct("No"));
    assertThat(score(TaskType.YES_NO, List.of(), "Yes", "No.")).isEqualTo(Score.wrong("No", ""));
    assertThat(score(TaskType.YES_NO, List.of(), "Yes", "Maybe yes, maybe no")).isEqualTo(Score.wrong("", "unparseable"));
    assertThat(score(TaskType.YES_NO, List.of(), "Yes", "I cannot tell.")).isEqualTo(Score.wrong("", "unparseable"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "B|B", "(B)|B", "B.|B", "b|B", "Answer: B|B", "The answer is B) blue|B", "The correct option is (C).|C",
      "blue|B", "It is clearly Blue!|B", "A. red|A", "A|A", "A red car is shown, the answer is D|D", "dark green|D"})
  void readsTheOptionFromFreeText(String reply, String letter) {
    Score score = score(TaskType.MULTIPLE_CHOICE, List.of("red", "blue", "green", "dark green"), "B", reply);
    assertThat(score.extracted()).isEqualTo(letter);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"A or B", "red or blue", "F", "I do not know", "''"})
  void neverGuessesAnUnclearChoice(String reply) {
    assertThat(score(TaskType.MULTIPLE_CHOICE, List.of("red", "blue", "green"), "B", reply)).isEqualTo(Score.wrong("", "unparseable"));
  }

  @Test
  void scoresTheChoiceAgainstTheAnswerLetter() {
    assertThat(score(TaskType.MULTIPLE_CHOICE, List.of("red", "blue"), "B", "(B) blue")).isEqualTo(Score.correct("B"));
    assertThat(score(TaskType.MULTIPLE_CHOICE, List.of("red", "blue"), "B", "red")).isEqualTo(Score.wrong("A", ""));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"3|three", "Three.|3", "The cube|cube", "a red circle|Red circle!", "1,000|1000", "2.5|2.5",
      "There are 4 objects.|4", "I count three stars in the image.|3"})
  void matchesShortAnswersAfterNormalisation(String reply, String answer) {
    assertThat(score(TaskType.SHORT_ANSWER, List.of(), answer, reply).kind()).isEqualTo(Score.Kind.CORRECT);
  }

  @Test
  void reportsAWrongShortAnswerNormalised() {
    assertThat(score(TaskType.SHORT_ANSWER, List.of(), "3", "There are four.")).isEqualTo(Score.wrong("4", ""));
    assertThat(score(TaskType.SHORT_ANSWER, List.of(), "3", "3 or 4")).isEqualTo(Score.wrong("3 or 4", ""));
    assertThat(score(TaskType.SHORT_ANSWER, List.of(), "red", "It is not red")).isEqualTo(Score.wrong("it is not red", ""));
    assertThat(score(TaskType.SHORT_ANSWER, List.of(), "3", " ... ")).isEqualTo(Score.wrong("", "unparseable"));
  }

  @Test
  void leavesOpenEndedAnswersUnscoredWithoutAGrader() {
    assertThat(score(TaskType.OPEN_ENDED, List.of(), "A red car.", "A red car."))
        .isEqualTo(Score.unscored("open-ended answers need a grader: set vlb.grader.url"));
  }
}
