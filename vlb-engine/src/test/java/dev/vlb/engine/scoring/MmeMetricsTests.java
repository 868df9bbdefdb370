package dev.vlb.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class MmeMetricsTests {

  private static MmeMetrics.QuestionResult result(String subtask, String group, String pair, boolean correct) {
    return new MmeMetrics.QuestionResult(subtask, group, pair, correct);
  }

  @Test
  void computesAccuracyAccuracyPlusAndGroupScores() {
    MmeMetrics metrics = MmeMetrics.of(List.of(
        result("count", "perception", "count/1.jpg", true),
        result("count", "perception", "count/1.jpg", true),
        result("count", "perception", "count/2.jpg", true),
        result("count", "perception", "count/2.jpg", false),
        result("color", "perception", "color/1.jpg", true),
        result("color", "perception", "color/1.jpg", true),
        result("code_reasoning", "cognition", "code_reasoning/1.png", false),
        result("code_reasoning", "cognition", "code_reasoning/1.png", true)));

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
  void readsQuestionResultsFromMmeItemAttributes() {
    Map<String, String> attributes = Map.of("subtask", "count", "pair", "count/1.jpg", "mme.group", "perception");

    assertThat(MmeMetrics.QuestionResult.of(attributes, true)).isEqualTo(result("count", "perception", "count/1.jpg", true));
  }
}
