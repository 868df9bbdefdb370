package dev.vlb.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vlb.api.ImageStrategy;
import dev.vlb.api.QuestionStrategy;
import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.bootstrap.GenerationCounts;
import dev.vlb.engine.result.Cost;
import dev.vlb.engine.result.GateRules;
import dev.vlb.engine.result.GateVerdict;
import dev.vlb.engine.result.ItemError;
import dev.vlb.engine.result.ItemFacts;
import dev.vlb.engine.result.Outcome;
import dev.vlb.engine.result.Provenance;
import dev.vlb.engine.result.ResultsJournal;
import dev.vlb.engine.result.SuiteLabels;
import dev.vlb.engine.result.VariantResult;
import dev.vlb.engine.scoring.Score;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteRecorderTests {

  private static final SuiteLabels LABELS = new SuiteLabels("com.acme.ColourTests", "jsonl", "acme-vl", "oracle");
  private static final Chain V1_L4 = Chain.of(ImageStrategy.ADD_OBJECT, QuestionStrategy.IRRELEVANT_CONTEXT);
  private static final ItemFacts ITEM = new ItemFacts("q1", "colour", Map.of("objects", "3"), "Yes");

  @TempDir
  Path output;

  private ResultsJournal journal;

  @BeforeEach
  void openJournal() {
    journal = ResultsJournal.create(output.resolve("results.jsonl"));
  }

  @AfterEach
  void closeJournal() {
    journal.close();
  }

  @Test
  void journalsEachResultAsOneFlatLineWithTheSuitesLabels() throws IOException {
    SuiteRecorder recorder = recorder(Optional.empty());

    recorder.record(result(V1_L4, Outcome.FAILED, Score.wrong("No", "")));
    recorder.record(new ItemError("q2", "items.jsonl:3: image of 'q2' is truncated"));

    List<JsonNode> lines = lines();
    assertThat(lines).hasSize(2);
    JsonNode variant = lines.get(0);
    assertThat(variant.path("suite").asText()).isEqualTo("com.acme.ColourTests");
    assertThat(variant.path("variant").asText()).isEqualTo("V1+L4");
    assertThat(variant.path("strategies")).extracting(JsonNode::asText).containsExactly("V1", "L4");
    assertThat(variant.path("level").asInt()).isEqualTo(2);
    assertThat(variant.path("outcome").asText()).isEqualTo("FAILED");
    assertThat(variant.path("expected").asText()).isEqualTo("Yes");
    assertThat(variant.path("extracted").asText()).isEqualTo("No");
    assertThat(variant.path("judge").asText()).isEqualTo("oracle");
    assertThat(variant.path("promptTokens").asInt()).isEqualTo(12);
    assertThat(variant.path("judged").asBoolean()).isFalse();
    JsonNode item = lines.get(1);
    assertThat(item.path("variant").isNull()).isTrue();
    assertThat(item.path("outcome").asText()).isEqualTo("ERROR");
    assertThat(item.path("reason").asText()).isEqualTo("items.jsonl:3: image of 'q2' is truncated");
  }

  @Test
  void summarisesByStrategyLevelAndChainAndCountsItemErrorsApart() {
    SuiteRecorder recorder = recorder(Optional.empty());

    recorder.record(result(Chain.vanilla(), Outcome.PASSED, Score.correct("Yes")));
    recorder.record(result(V1_L4, Outcome.FAILED, Score.wrong("No", "")));
    recorder.record(result(Chain.of(ImageStrategy.ADD_OBJECT), Outcome.NOT_GENERATED, Score.unscored("rejected")));
    recorder.record(new ItemError("q2", "unreadable"));

    assertThat(recorder.summary().overall().passed()).isEqualTo(1);
    assertThat(recorder.summary().overall().failed()).isEqualTo(1);
    assertThat(recorder.summary().overall().notGenerated()).isEqualTo(1);
    assertThat(recorder.summary().itemErrors()).isEqualTo(1);
    // V1 alone is the strategy's own row; pooled, V1+L4 counts toward it too
    assertThat(recorder.summary().alone().get("V1 add object").total()).isEqualTo(1);
    assertThat(recorder.summary().pooled().get("V1 add object").total()).isEqualTo(2);
    assertThat(recorder.summary().alone()).doesNotContainKey("L4 irrelevant context");
    assertThat(recorder.summary().byLevel().keySet()).containsExactly("0", "+1", "+2");
    assertThat(recorder.summary().usage().asked()).isEqualTo(2);
    assertThat(recorder.summary().unjudged()).isEqualTo(1);
  }

  @Test
  void aSuiteWithoutGateBreaksNoRuleAndSaysSo() {
    SuiteRecorder recorder = recorder(Optional.empty());
    recorder.record(result(Chain.vanilla(), Outcome.SKIPPED, Score.unscored("open-ended answers need a grader")));

    assertThat(recorder.gateVerdict()).isEmpty();
    assertThat(recorder.finish(Duration.ofSeconds(2), new GenerationCounts())).contains("gate: none (the suite has no @Gate)");
  }

  @Test
  void aGateListsEachBrokenRuleWithItsNumbersAndInterval() {
    SuiteRecorder recorder = recorder(Optional.of(GateRules.of(0.75, 0.25, 1, false)));
    recorder.record(result(Chain.vanilla(), Outcome.PASSED, Score.correct("Yes")));
    recorder.record(result(V1_L4, Outcome.FAILED, Score.wrong("No", "")));

    // V1+L4 is a composition: it breaks its level's rules, not V1's or L4's own (no variant ran either alone)
    assertThat(recorder.gateVerdict().orElseThrow().broken()).containsExactly(
        "ColourTests, overall: pass rate 0.500 (Wilson 95% [0.09, 0.91], n = 2) is below the minimum 0.750",
        "ColourTests, level +2: pass rate 0.000 (Wilson 95% [0.00, 0.79], n = 1) is below the minimum 0.750",
        "ColourTests, level +2: pass rate 0.000 (Wilson 95% [0.00, 0.79], n = 1) drops 1.000 below vanilla 1.000 "
            + "(Wilson 95% [0.21, 1.00], n = 1), more than the maximum 0.250");
    assertThat(recorder.finish(Duration.ofSeconds(2), new GenerationCounts())).contains(
        "gate: FAILED\n- ColourTests, overall: pass rate 0.500 (Wilson 95% [0.09, 0.91], n = 2) is below the minimum 0.750\n");
  }

  @Test
  void onTheLowerBoundTheMinimumPassRateNeedsASampleThatShowsIt() {
    SuiteRecorder recorder = recorder(Optional.of(GateRules.of(0.5, 1.0, 2, true)));
    recorder.record(result(Chain.vanilla(), Outcome.PASSED, Score.correct("Yes")));
    recorder.record(result(V1_L4, Outcome.PASSED, Score.correct("Yes")));

    // 2 of 2 passed: the rate is 1.0, but two variants show only 0.34 with 95% confidence
    assertThat(recorder.gateVerdict().orElseThrow().broken()).containsExactly(
        "ColourTests, overall: pass rate 1.000 (Wilson 95% [0.34, 1.00], n = 2) has its lower bound below the minimum 0.500");
  }

  @Test
  void aSuiteWithFewerAnsweredVariantsThanTheMinimumSampleIsNotEvaluated() {
    SuiteRecorder recorder = recorder(Optional.of(GateRules.of(0.5, 0.25)));
    recorder.record(result(Chain.vanilla(), Outcome.PASSED, Score.correct("Yes")));
    recorder.record(result(V1_L4, Outcome.FAILED, Score.wrong("No", "")));

    assertThat(recorder.gateVerdict().orElseThrow()).satisfies(verdict -> {
      assertThat(verdict.status()).isEqualTo(GateVerdict.Status.NOT_EVALUATED);
      assertThat(verdict.reason()).isEqualTo("ColourTests: 2 answered < minSample 30");
    });
  }

  private SuiteRecorder recorder(Optional<GateRules> gate) {
    return new SuiteRecorder(LABELS, List.of(Chain.vanilla(), Chain.of(ImageStrategy.ADD_OBJECT), V1_L4), gate,
        () -> journal);
  }

  private static VariantResult result(Chain chain, Outcome outcome, Score score) {
    Cost cost = outcome.isAnswered() ? new Cost(1, 40, 12, 1, false) : Cost.NONE;
    return new VariantResult(ITEM, chain, outcome, "", "Is the cube red?", outcome.isAnswered() ? score.extracted() : "",
        score, new Provenance(chain.strategies().size(), List.of(), !chain.equals(V1_L4), List.of(), Optional.empty(), Optional.empty()), cost);
  }

  private List<JsonNode> lines() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(output.resolve("results.jsonl"))) {
      nodes.add(json.readTree(line));
    }
    return nodes;
  }
}
