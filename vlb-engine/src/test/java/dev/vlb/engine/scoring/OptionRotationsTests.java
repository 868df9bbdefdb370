package dev.vlb.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Sample;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OptionRotationsTests {

  private final Sample sample = ScorersTests.sample(TaskType.MULTIPLE_CHOICE, List.of("red", "blue", "green", "yellow"), "B");

  @Test
  void rotatesTheOptionsAndMovesTheAnswerLetterWithItsOption() {
    List<Sample> rotations = OptionRotations.rotations(sample);

    assertThat(rotations).extracting(Sample::choices).containsExactly(
        List.of("red", "blue", "green", "yellow"),
        List.of("blue", "green", "yellow", "red"),
        List.of("green", "yellow", "red", "blue"),
        List.of("yellow", "red", "blue", "green"));
    assertThat(rotations).extracting(Sample::answer).containsExactly("B", "A", "D", "C");
    assertThat(rotations).extracting(Sample::id).containsOnly("s1");
  }

  @Test
  void refusesAnAnswerThatNamesNoOption() {
    Sample beyond = ScorersTests.sample(TaskType.MULTIPLE_CHOICE, List.of("red", "blue", "green", "yellow"), "E");

    assertThatThrownBy(() -> OptionRotations.rotations(beyond))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CircularEval needs the answer to be one of 4 option letters, but s1's is 'E'");
  }

  @Test
  void passesAnItemOnlyWhenEveryRotationIsAnsweredCorrectly() {
    Scorer scorer = Scorers.create("mmbench", TaskType.MULTIPLE_CHOICE, Optional.empty(), false);
    List<Sample> rotations = OptionRotations.rotations(sample);
    List<Score> alwaysBlue = rotations.stream().map(rotation -> scorer.score(rotation, "blue")).toList();
    List<Score> alwaysB = rotations.stream().map(rotation -> scorer.score(rotation, "B")).toList();

    assertThat(OptionRotations.score(rotations, alwaysBlue)).isEqualTo(Score.correct("B | A | D | C"));
    assertThat(OptionRotations.score(rotations, alwaysB))
        .isEqualTo(Score.wrong("B | B | B | B", "CircularEval: rotation 2 of 4 answered 'B', expected A"));
  }

  @Test
  void needsOneScorePerRotation() {
    List<Sample> rotations = OptionRotations.rotations(sample);

    assertThatThrownBy(() -> OptionRotations.score(rotations, List.of(Score.correct("B"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CircularEval needs one score per rotation, got 1 for 4");
  }
}
