package dev.vlb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vlb.engine.fixtures.PairedFixtureTests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/** {@code vlb.shard=i/n} runs split a suite: together the shards hold the whole run, each result once. */
class ShardingTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path output;

  @Test
  void theShardsOfARunTogetherHoldExactlyTheResultsOfTheWholeRun() throws IOException {
    List<String> whole = run(null);
    List<String> shards = new ArrayList<>();
    for (int shard = 1; shard <= 3; shard++) {
      List<String> one = run(shard + "/3");
      assertThat(one).as("shard %d of 3 runs a share of the items", shard).isNotEmpty().hasSizeLessThan(whole.size());
      shards.addAll(one);
    }

    assertThat(new HashSet<>(shards)).hasSize(shards.size());
    assertThat(shards).containsExactlyInAnyOrderElementsOf(whole);
    assertThat(whole).hasSize(6 * 9 + 1); // six readable items x 9 variants, and the malformed item once
  }

  /** Each result of a run as item, variant and outcome. */
  private List<String> run(String shard) throws IOException {
    Path directory = output.resolve(shard == null ? "whole" : shard.replace('/', '-'));
    EngineTestKit.Builder engine = EngineTestKit.engine(VlbTestEngine.ENGINE_ID)
        .configurationParameter("vlb.output.dir", directory.toString())
        .configurationParameter("vlb.summary.console", "false")
        .selectors(selectClass(PairedFixtureTests.class));
    if (shard != null) {
      engine.configurationParameter("vlb.shard", shard);
    }
    engine.execute();
    List<String> results = new ArrayList<>();
    for (String line : Files.readAllLines(directory.resolve("results.jsonl"))) {
      JsonNode result = JSON.readTree(line);
      results.add(result.path("item").asText() + " " + result.path("variant").asText() + " "
          + result.path("outcome").asText());
    }
    return results;
  }
}
