package dev.vlb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vlb.engine.fixtures.GatedFixtureTests;
import dev.vlb.engine.fixtures.PairedFixtureTests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineTestKit;

/** A run replaces only what it ran: an IDE re-run of one variant leaves the full run's other results. */
class ResultsKeptEngineTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PAIRED = "[engine:vlb]/[suite:" + PairedFixtureTests.class.getName() + "]";

  @TempDir
  Path output;

  @Test
  void reRunningOneVariantReplacesItsResultAndKeepsEveryOther() throws IOException {
    run(selectClass(PairedFixtureTests.class));
    Map<String, JsonNode> full = byVariant();

    run(selectUniqueId(PAIRED + "/[item:q1]/[variant:V1%2BL4]"));

    Map<String, JsonNode> after = byVariant();
    assertThat(after.keySet()).isEqualTo(full.keySet());
    assertThat(lines()).hasSize(full.size());
    // the re-run's line comes first: the earlier ones follow it
    assertThat(JSON.readTree(lines().get(0)).path("variant").asText()).isEqualTo("V1+L4");
    assertThat(after.get("q2 L1")).isEqualTo(full.get("q2 L1"));
  }

  @Test
  void aSuiteRunWholeReplacesAllItsResultsAndLeavesOtherSuitesResults() throws IOException {
    run(selectClass(PairedFixtureTests.class));
    run(selectClass(GatedFixtureTests.class));
    int paired = (int) lines().stream().filter(line -> line.contains(PairedFixtureTests.class.getName())).count();
    int gated = (int) lines().stream().filter(line -> line.contains(GatedFixtureTests.class.getName())).count();

    run(selectClass(PairedFixtureTests.class));

    assertThat(paired).isEqualTo(6 * 9 + 1);
    assertThat(gated).isPositive();
    assertThat(lines()).hasSize(paired + gated);
    assertThat(lines().subList(0, paired)).allSatisfy(line -> assertThat(line).contains(PairedFixtureTests.class.getName()));
  }

  @Test
  void theResultsOfARunKilledBeforeItClosedAreMergedWithTheOnesBeforeIt() throws IOException {
    run(selectClass(PairedFixtureTests.class));
    List<String> full = lines();
    // as a killed run leaves them: the earlier results aside, its own few in the file
    Files.move(output.resolve("results.jsonl"), output.resolve("results.jsonl.previous"));
    Files.writeString(output.resolve("results.jsonl"), full.get(3) + "\n");

    run(selectUniqueId(PAIRED + "/[item:q1]/[variant:V1%2BL4]"));

    assertThat(byVariant().keySet()).hasSize(full.size());
    assertThat(lines()).hasSize(full.size());
    assertThat(Files.exists(output.resolve("results.jsonl.previous"))).isFalse();
  }

  private void run(DiscoverySelector selector) {
    EngineTestKit.engine(VlbTestEngine.ENGINE_ID)
        .configurationParameter("vlb.output.dir", output.toString())
        .configurationParameter("vlb.summary.console", "false")
        .configurationParameter("vlb.cache.enabled", "false")
        .selectors(selector)
        .execute();
  }

  private List<String> lines() throws IOException {
    return new ArrayList<>(Files.readAllLines(output.resolve("results.jsonl")));
  }

  /** Each line by item and variant; a variant twice would collapse, so callers also count the lines. */
  private Map<String, JsonNode> byVariant() throws IOException {
    Map<String, JsonNode> lines = new TreeMap<>();
    for (String line : lines()) {
      JsonNode result = JSON.readTree(line);
      lines.put(result.path("item").asText() + " " + result.path("variant").asText(), result);
    }
    return lines;
  }
}
