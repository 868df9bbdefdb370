package dev.vlb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.EventConditions.uniqueIdSubstring;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vlb.engine.configuration.InvalidConfigurationException;
import dev.vlb.engine.descriptor.InfrastructureException;
import dev.vlb.engine.descriptor.MalformedItemException;
import dev.vlb.engine.fixtures.BrokenFixtureTests;
import dev.vlb.engine.fixtures.CircularFixtureTests;
import dev.vlb.engine.fixtures.CustomComponentsFixtureTests;
import dev.vlb.engine.fixtures.FixtureDataset;
import dev.vlb.engine.fixtures.GatedFixtureTests;
import dev.vlb.engine.fixtures.JsonlFixtureTests;
import dev.vlb.engine.fixtures.MmeFixtureTests;
import dev.vlb.engine.fixtures.OpenEndedFixtureTests;
import dev.vlb.engine.fixtures.PairedFixtureTests;
import dev.vlb.engine.fixtures.UninstantiableModelFixtureTests;
import dev.vlb.engine.fixtures.UnjudgedFixtureTests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.opentest4j.AssertionFailedError;

class VlbTestEngineTests {

  private static final String PAIRED = "[engine:vlb]/[suite:" + PairedFixtureTests.class.getName() + "]";

  @TempDir
  Path output;

  @Test
  void discoversOneItemPerDatasetRowWithIdsFromTheDatasetAndNoGateWithoutGateAnnotation() {
    FixtureDataset.IMAGES_LOADED.set(0);
    EngineDiscoveryResults results = discover(selectClass(PairedFixtureTests.class));

    TestDescriptor suite = single(results.getEngineDescriptor().getChildren());
    assertThat(suite.getUniqueId().toString()).isEqualTo(PAIRED);
    assertThat(suite.getSource()).contains(ClassSource.from(PairedFixtureTests.class));
    assertThat(suite.getChildren()).extracting(TestDescriptor::getDisplayName).containsExactly(
        "q1 · Say four [say=4]",
        "q2 · Say cat unless reworded [say=cat] [fragile]",
        "q3 · Answer wrongly [say=No]",
        "q4 · The server breaks here [crash]",
        "q5-reject · Judge rejects my variants [say=ok]",
        "q6 · malformed",
        "q7 · Pick B [say=B]");
    assertThat(suite.getChildren()).extracting(child -> child.getUniqueId().toString().substring(PAIRED.length()))
        .startsWith("/[item:q1]", "/[item:q2]").endsWith("/[item:q7]");
    assertThat(FixtureDataset.IMAGES_LOADED).hasValue(0);
  }

  @Test
  void findsSuitesBySelectedPackageAndReportsABrokenSuiteWithoutStoppingOthers() {
    EngineDiscoveryResults results = discover(selectPackage("dev.vlb.engine.fixtures"));

    assertThat(results.getEngineDescriptor().getChildren()).extracting(TestDescriptor::getDisplayName)
        .containsExactlyInAnyOrder("PairedFixtureTests", "GatedFixtureTests", "BrokenFixtureTests",
            "CircularFixtureTests", "MmeFixtureTests", "RemoteFixtureTests", "JsonlFixtureTests",
            "OpenEndedFixtureTests", "UninstantiableModelFixtureTests", "GradedFixtureTests",
            "CustomComponentsFixtureTests", "UnjudgedFixtureTests", "PhotoFixtureTests",
            "IoPaintFixtureTests", "PlannedPhotoFixtureTests", "SyntheticStoreFixtureTests", "ResumeFixtureTests",
            "ContaminationFixtureTests");
    assertThat(results.getDiscoveryIssues()).anySatisfy(issue -> assertThat(issue.message())
        .contains(BrokenFixtureTests.class.getName(), "Unknown dataset id 'no-such-dataset'", "fixture"));
  }

  @Test
  void mapsEveryOutcomeOntoItsOwnJUnitResult() {
    EngineExecutionResults results = execute(selectClass(PairedFixtureTests.class));

    // 6 readable items x 9 paired variants; no @Gate, so no gate test
    results.testEvents().assertStatistics(stats -> stats.started(54).succeeded(17).failed(14).aborted(23));
    results.testEvents().assertThatEvents()
        .haveExactly(8, event(test(), finishedWithFailure(instanceOf(AssertionFailedError.class),
            message(m -> m.startsWith("Wrong answer to")))))
        .haveExactly(6, event(test(), finishedWithFailure(instanceOf(InfrastructureException.class),
            message(m -> m.contains("HTTP 503") && m.contains("not counted as a wrong answer")))))
        .haveExactly(18, event(test(), abortedWithReason(message(m -> m.contains("V2 rejected 5 times; last: V2 attempt 5: cannot bootstrap: nothing to remove")))))
        .haveExactly(5, event(test(), abortedWithReason(message(m -> m.contains("rejected: answer would change")))));
    results.containerEvents().assertThatEvents().haveExactly(1, event(container(uniqueIdSubstring("item:q6")),
        finishedWithFailure(instanceOf(MalformedItemException.class),
            message("Malformed item 'q6' at fixtures/items.txt:7: expected 5 fields, found 3"))));
  }

  @Test
  void wrongAnswerMessageShowsQuestionExpectedActualAndExtracted() {
    // typed by hand: the platform URL-decodes '+' into a space, which selects the same variant
    EngineExecutionResults results = execute(selectUniqueId(PAIRED + "/[item:q2]/[variant:V1+L1]"));

    results.testEvents().assertThatEvents().haveExactly(1, event(test(),
        displayName("V1 add object + L1 word substitution [q2]"),
        finishedWithFailure(message("Wrong answer to q2 [V1+L1]: expected 'cat' but was 'dog' (extracted 'dog');"
            + " question: Say cat unless reworded [say=cat] [fragile] (reworded)"))));
  }

  @Test
  void selectingOneVariantByUniqueIdRunsExactlyThatVariant() {
    EngineExecutionResults results = execute(selectUniqueId(PAIRED + "/[item:q1]/[variant:V1%2BL4]"));

    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    results.testEvents().assertThatEvents()
        .haveExactly(1, event(test(), uniqueIdSubstring("variant:V1+L4"),
            displayName("V1 add object + L4 irrelevant context [q1]"), finishedSuccessfully()));
  }

  @Test
  void selectingOneItemRunsItsVariantsAndNoGate() {
    EngineExecutionResults results = execute(selectUniqueId(PAIRED + "/[item:q7]"));

    results.testEvents().assertStatistics(stats -> stats.started(9).succeeded(6).aborted(3));
  }

  @Test
  void writesOneJournalLinePerVariantAndASummary() throws IOException {
    execute(selectClass(PairedFixtureTests.class));

    List<JsonNode> lines = journal();
    assertThat(lines).hasSize(6 * 9 + 1);
    JsonNode wrong = lines.stream()
        .filter(line -> line.get("item").asText().equals("q2") && line.get("variant").asText().equals("L1"))
        .findFirst().orElseThrow();
    assertThat(wrong.get("outcome").asText()).isEqualTo("FAILED");
    assertThat(wrong.get("strategies").toString()).isEqualTo("[\"L1\"]");
    assertThat(wrong.get("level").asInt()).isEqualTo(1);
    assertThat(wrong.get("expected").asText()).isEqualTo("cat");
    assertThat(wrong.get("actual").asText()).isEqualTo("dog");
    assertThat(wrong.get("model").asText()).isEqualTo("scripted");
    assertThat(wrong.get("judge").asText()).isEqualTo("fixture-judge");
    assertThat(lines).filteredOn(line -> line.get("item").asText().equals("q6"))
        .singleElement().satisfies(line -> assertThat(line.get("outcome").asText()).isEqualTo("ERROR"));

    String summary = Files.readString(output.resolve("summary.md"));
    assertThat(summary).contains("model answered 25 times (0 from cache) · tokens not reported");
    assertThat(summary).contains("## " + PairedFixtureTests.class.getName(),
        "| vanilla ", "| V1 add object ", "| L1 word substitution ", "| level +1 ", "| V2+L4 ");
    // vanilla: q1 q2 q5 q7 pass, q3 fails => 80.0%; L1 alone: q1 q7 pass, q2 q3 fail => 50.0%
    assertThat(summary).containsPattern("\\| vanilla +\\| +80\\.0% \\| +\\+0\\.0 pp \\| +4/5 \\|");
    assertThat(summary).containsPattern("\\| L1 +\\| +50\\.0% \\| +-30\\.0 pp \\| +2/4 \\| +1 \\| +1 \\|");
    // every fixture item is in category "fixture": 17 of 25 answered variants passed, vanilla 4 of 5
    assertThat(summary).containsPattern("\\| fixture +\\| +68\\.0% \\| +-12\\.0 pp \\| +17/25 \\|");
  }

  @Test
  void gateFailsOnlyWhenARuleBreaks() {
    EngineExecutionResults results = execute(selectClass(GatedFixtureTests.class), Map.of("vlb.gate.min-sample", "3"));

    // q1 right, q3 wrong, q2 wrong once reworded: 0.5 overall and 0.667 on vanilla are enough; L1 alone
    // (and its level) falls to 0.333, below the minimum and 33 points below vanilla
    results.testEvents().assertThatEvents().haveExactly(1, event(test(displayName("gate")), finishedWithFailure(
        message("""
            Gate failed for scripted:
            - GatedFixtureTests, strategy L1 word substitution: pass rate 0.333 (Wilson 95% [0.06, 0.79], n = 3) \
            is below the minimum 0.500
            - GatedFixtureTests, level +1: pass rate 0.333 (Wilson 95% [0.06, 0.79], n = 3) is below the minimum 0.500
            - GatedFixtureTests, strategy L1 word substitution: pass rate 0.333 (Wilson 95% [0.06, 0.79], n = 3) \
            drops 0.333 below vanilla 0.667 (Wilson 95% [0.21, 0.94], n = 3), more than the maximum 0.250
            - GatedFixtureTests, level +1: pass rate 0.333 (Wilson 95% [0.06, 0.79], n = 3) drops 0.333 below \
            vanilla 0.667 (Wilson 95% [0.21, 0.94], n = 3), more than the maximum 0.250"""))));
  }

  @Test
  void aGateOverFewerAnsweredVariantsThanTheMinimumSampleIsNotEvaluatedRatherThanFailed() throws IOException {
    EngineExecutionResults results = execute(selectClass(GatedFixtureTests.class));

    results.testEvents().assertThatEvents().haveExactly(1, event(test(displayName("gate")),
        abortedWithReason(message("Gate not evaluated: GatedFixtureTests: 6 answered < minSample 30"))));
    assertThat(Files.readString(output.resolve("summary.md")))
        .contains("gate not evaluated: GatedFixtureTests: 6 answered < minSample 30\n");
  }

  @Test
  void aRowBelowTheMinimumSampleIsListedAsNotJudged() throws IOException {
    execute(selectClass(GatedFixtureTests.class), Map.of("vlb.gate.min-sample", "4"));

    // 6 answered in all, 3 of them vanilla and 3 L1: each row too small to judge, so the gate passes
    assertThat(Files.readString(output.resolve("summary.md"))).contains("""
        gate: passed
        - GatedFixtureTests, vanilla not judged: 3 answered < minSample 4
        - GatedFixtureTests, strategy L1 word substitution not judged: 3 answered < minSample 4
        - GatedFixtureTests, level 0 not judged: 3 answered < minSample 4
        - GatedFixtureTests, level +1 not judged: 3 answered < minSample 4
        - GatedFixtureTests, drops against vanilla not judged: vanilla 3 answered < minSample 4
        """);
  }

  @Test
  void aPartialRunSaysHowMuchOfTheSuiteItSelectedInsteadOfAVerdict() throws IOException {
    String gated = "[engine:vlb]/[suite:" + GatedFixtureTests.class.getName() + "]";
    execute(selectUniqueId(gated + "/[item:q2]"), Map.of("vlb.gate.min-sample", "1"));

    assertThat(Files.readString(output.resolve("summary.md")))
        .contains("gate not evaluated: 2 variants of 6 selected\n").doesNotContain("FAILED");
  }

  @Test
  void circularEvalCountsAMultipleChoiceVariantOnlyIfEveryRotationIsRight() throws IOException {
    EngineExecutionResults results = execute(selectClass(CircularFixtureTests.class));

    results.testEvents().assertThatEvents()
        .haveExactly(1, event(test(), finishedWithFailure(message(m -> m.startsWith("Wrong answer to q7 [vanilla]")
            && m.contains("but was 'B | B | B'")
            && m.contains("reason: CircularEval: rotation 2 of 3 answered 'B', expected A")))))
        .haveExactly(1, event(test(), finishedWithFailure(message(m -> m.startsWith("Wrong answer to q8 [vanilla]")
            && m.contains("reason: CircularEval: rotation 2 of 3 answered 'C', expected B")))));
    assertThat(journal()).allSatisfy(line -> assertThat(line.get("asked").asInt()).isEqualTo(3));
  }

  @Test
  void reportsMmeScoresFromImagePairs() throws IOException {
    execute(selectClass(MmeFixtureTests.class));

    // count: 3 of 4 right, 1 of 2 pairs -> (0.75 + 0.5) x 100; code_reasoning: all right -> 200
    assertThat(Files.readString(output.resolve("summary.md"))).contains("| vanilla | 125.00 | 200.00 | 325.00 |");
    assertThat(journal()).first().satisfies(line ->
        assertThat(line.get("attributes").get("pair").asText()).isEqualTo("count/1.png"));
  }

  @Test
  void badRowsOfARealDatasetFailAsTheirOwnItemsNamingFileLineOrIdWhileTheOthersRun() throws IOException {
    EngineExecutionResults results = execute(selectClass(JsonlFixtureTests.class));

    // two vanilla variants pass; the gate fails because five items could not be evaluated
    results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(2).failed(1));
    results.testEvents().assertThatEvents().haveExactly(1, event(test(displayName("gate")), finishedWithFailure(
        message(m -> m.contains("0 variant(s) and 5 item(s) ended in an error: the evaluation is incomplete")))));
    results.containerEvents().assertThatEvents()
        .haveExactly(1, event(container(uniqueIdSubstring("item:broken-base64")),
            finishedWithFailure(message(m -> m.contains("broken-base64") && m.contains("items.jsonl")))))
        .haveExactly(1, event(container(uniqueIdSubstring("item:missing-file")),
            finishedWithFailure(message(m -> m.contains("nowhere.png")))))
        .haveExactly(1, event(container(uniqueIdSubstring("item:no-answer")),
            finishedWithFailure(instanceOf(MalformedItemException.class), message(m -> m.contains("items.jsonl:5")))))
        .haveExactly(1, event(container(uniqueIdSubstring("item:bad-letter")),
            finishedWithFailure(instanceOf(MalformedItemException.class), message(m -> m.contains("items.jsonl:6")))))
        .haveExactly(1, event(container(uniqueIdSubstring("item:half-written")), finishedWithFailure(message(m ->
            m.contains("items.jsonl:7 (id half-written)") && m.contains("half.png")
                && m.contains("image cannot be decoded whole")))));
    assertThat(journal()).extracting(line -> line.get("item").asText() + " " + line.get("outcome").asText())
        .containsExactly("good-file PASSED", "good-base64 PASSED", "broken-base64 ERROR", "missing-file ERROR",
            "no-answer ERROR", "bad-letter ERROR", "half-written ERROR");
  }

  @Test
  void aSuiteWithoutGateHasNoRuleToBreakEvenWhenNothingWasAnswered() throws IOException {
    EngineExecutionResults results = execute(selectClass(OpenEndedFixtureTests.class));

    results.testEvents().assertStatistics(stats -> stats.started(0).skipped(2).failed(0));
    results.allEvents().assertThatEvents().noneMatch(event -> event.getTestDescriptor().getDisplayName().equals("gate"));
    assertThat(Files.readString(output.resolve("summary.md")))
        .contains("gate: none (the suite has no @Gate)").doesNotContain("no variant was answered");
  }

  @Test
  void aModelClassTheEngineCannotCreateIsADiscoveryIssueNamingClassAndReason() {
    EngineDiscoveryResults results = discover(selectClass(UninstantiableModelFixtureTests.class));

    assertThat(results.getDiscoveryIssues()).extracting(issue -> issue.message()).containsExactly(
        UninstantiableModelFixtureTests.class.getName() + " cannot run: @Benchmark(model = "
            + UninstantiableModelFixtureTests.NeedsAnEndpoint.class.getName()
            + ".class) cannot be instantiated: it has no public no-argument constructor");
    assertThat(single(results.getEngineDescriptor().getChildren()).getChildren()).isEmpty();
  }

  @Test
  void theKeysOfEveryRoleAndEditorAreKnownAndAMistypedOneNamesTheKeyMeant() {
    EngineDiscoveryResults results = EngineTestKit.engine(VlbTestEngine.ENGINE_ID)
        .configurationParameters(Map.of("vlb.editor", "iopaint", "vlb.editor.url", "http://localhost:8080",
            "vlb.planner.url", "http://localhost:8000/v1", "vlb.planner.max-asks", "2", "vlb.judge.url", "http://localhost:8002/v1",
            "vlb.judge.max-attempts", "3", "vlb.grader.url", "http://localhost:8001/v1", "vlb.planer.name", "qwen"))
        .selectors(selectClass(PairedFixtureTests.class))
        .discover();

    assertThat(results.getDiscoveryIssues()).extracting(issue -> issue.message()).containsExactly(
        "Unknown configuration parameter 'vlb.planer.name'; did you mean 'vlb.planner.name'?");
  }

  @Test
  void aSuiteBringsItsOwnRewriterAndJudgeForACustomDataset() throws IOException {
    EngineExecutionResults results = execute(selectClass(CustomComponentsFixtureTests.class));

    // 3 items x (vanilla, L1, L2): the suite's judge refuses every L1 rewording of the dataset's rewriter
    results.testEvents().assertStatistics(stats -> stats.started(9).succeeded(4).failed(2).aborted(3));
    results.testEvents().assertThatEvents().haveExactly(3, event(test(), abortedWithReason(message(
        "Variant not generated: L1 rejected 5 times; last: L1 attempt 5: rejected: reworded questions are not allowed"))));
    assertThat(journal()).extracting(line -> line.get("variant").asText() + " " + line.get("judge").asText() + " "
            + line.get("question").asText())
        .contains("L2 strict Say four [say=4] (asked again)", "vanilla strict Answer wrongly [say=No]");
  }

  @Test
  void aVariantNoJudgeCheckedIsLabelledUnjudgedInTheJournalAndTheSummary() throws IOException {
    execute(selectClass(UnjudgedFixtureTests.class));

    assertThat(journal()).filteredOn(line -> !line.get("variant").isNull())
        .extracting(line -> line.get("item").asText() + " " + line.get("variant").asText() + " judged="
            + line.get("judged").asBoolean())
        .containsExactly("good-file vanilla judged=true", "good-file L4 judged=false", "good-base64 vanilla judged=true",
            "good-base64 L4 judged=false");
    assertThat(Files.readString(output.resolve("summary.md")))
        .contains("pass rate 100.0% over 4 answered · 2 of them unjudged (no judge checked every step)");
  }

  @Test
  void warnsAboutAnUnknownKeyNamingTheClosestKnownOne() {
    EngineDiscoveryResults results = EngineTestKit.engine(VlbTestEngine.ENGINE_ID)
        .configurationParameter("vlb.modle.url", "http://localhost:8000")
        .selectors(selectClass(PairedFixtureTests.class))
        .discover();

    assertThat(results.getDiscoveryIssues()).extracting(issue -> issue.message())
        .contains("Unknown configuration parameter 'vlb.modle.url'; did you mean 'vlb.model.url'?");
  }

  @Test
  void failsFastOnAnInvalidValueNamingKeyAndValue() {
    assertThatThrownBy(() -> EngineTestKit.engine(VlbTestEngine.ENGINE_ID)
            .configurationParameters(Map.of("vlb.shard", "3/2", "vlb.output.dir", output.toString()))
            .selectors(selectClass(PairedFixtureTests.class))
            .execute())
        .hasRootCauseInstanceOf(InvalidConfigurationException.class)
        .hasRootCauseMessage("Configuration parameter 'vlb.shard' must be i/n with 1 <= i <= n, but was '3/2'");
  }

  @Test
  void shardsPartitionTheItemsWithoutOverlap() {
    List<String> union = new ArrayList<>();
    for (int shard = 1; shard <= 3; shard++) {
      EngineDiscoveryResults results = EngineTestKit.engine(VlbTestEngine.ENGINE_ID)
          .configurationParameter("vlb.shard", shard + "/3")
          .selectors(selectClass(PairedFixtureTests.class))
          .discover();
      single(results.getEngineDescriptor().getChildren()).getChildren().stream()
          .map(TestDescriptor::getUniqueId).map(UniqueId::getLastSegment)
          .filter(segment -> segment.getType().equals("item"))
          .forEach(segment -> union.add(segment.getValue()));
    }
    assertThat(union).containsExactlyInAnyOrder("q1", "q2", "q3", "q4", "q5-reject", "q6", "q7");
  }

  private EngineDiscoveryResults discover(DiscoverySelector selector) {
    return EngineTestKit.engine(VlbTestEngine.ENGINE_ID).selectors(selector).discover();
  }

  private EngineExecutionResults execute(DiscoverySelector selector) {
    return execute(selector, Map.of());
  }

  private EngineExecutionResults execute(DiscoverySelector selector, Map<String, String> configuration) {
    return EngineTestKit.engine(VlbTestEngine.ENGINE_ID)
        .configurationParameter("vlb.output.dir", output.toString())
        .configurationParameter("vlb.summary.console", "false")
        .configurationParameters(configuration)
        .selectors(selector)
        .execute();
  }

  private List<JsonNode> journal() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(output.resolve("results.jsonl"))) {
      nodes.add(json.readTree(line));
    }
    return nodes;
  }

  private static TestDescriptor single(java.util.Set<? extends TestDescriptor> descriptors) {
    assertThat(descriptors).hasSize(1);
    return descriptors.iterator().next();
  }
}
