package dev.vlb.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class MmeMetricsTests {

  private static MmeMetrics.Answer answer(String subtask, String group, String pair, boolean correct) {
    return new MmeMetrics.Answer(subtask, group, pair, correct);
  }

  @Test
  void computesAccuracyAccuracyPlusAndGroupScores() {
    MmeMetrics metrics = MmeMetrics.of(List.of(
        answer("count", "perception", "count/1.jpg", true),
        answer("count", "perception", "count/1.jpg", true),
        answer("count", "perception", "count/2.jpg", true),
        answer("count", "perception", "count/2.jpg", false),
        answer("color", "perception", "color/1.jpg", true),
        answer("color", "perception", "color/1.jpg", true),
        answer("code_reasoning", "cognition", "code_reasoning/1.png", false),
        answer("code_reasoning", "cognition", "code_reasoning/1.png", true)));

    assertThat(metrics.subtasks()).extracting(MmeMetrics.Subtask::name).containsExactly("code_reasoning", "color", "count");
    MmeMetrics.Subtask count = metrics.subtasks().get(2);
    assertThat(count.questions()).isEqualTo(4);
    assertThat(count.accuracy()).isEqualTo(0.75);
    assertThat(count.accuracyPlus()).isEqualTo(0.5);
    assertThat(count.score()).isEqualTo(125.0);
    assertThat(metrics.perception()).isEqualTo(125.0 + 200.0);
    assertThat(metrics.cognition()).isEqualTo(50.0);
    assertThat(metrics.total()).isCloseTo(375.0, Offset.offset(1e-9));
  }

  @Test
  void readsAnswersFromMmeItemAttributes() {
    Map<String, String> attributes = Map.of("subtask", "count", "pair", "count/1.jpg", "mme.group", "perception");

    assertThat(MmeMetrics.Answer.of(attributes, true)).isEqualTo(answer("count", "perception", "count/1.jpg", true));
  }
}
