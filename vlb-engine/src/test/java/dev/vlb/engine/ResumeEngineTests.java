package dev.vlb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vlb.engine.fixtures.CountingModel;
import dev.vlb.engine.fixtures.ResumeFixtureTests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/** A run killed with SIGKILL resumes from its journal, without the response cache. */
class ResumeEngineTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int VARIANTS = 60 * 16;

  @TempDir
  Path temporary;

  @Test
  void theRunAfterAKillAsksOnlyWhatTheKilledRunDidNotRecordAndHoldsEachVariantOnce() throws Exception {
    Map<String, String> reference = run(temporary.resolve("reference"));
    Path output = temporary.resolve("killed");

    Process killed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), SuiteProcess.class.getName(), ResumeFixtureTests.class.getName(),
        "vlb.output.dir=" + output, "vlb.cache.enabled=false", "vlb.summary.console=false")
        .redirectErrorStream(true).redirectOutput(temporary.resolve("killed.log").toFile()).start();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (lines(output).size() < 200 && killed.isAlive() && Instant.now().isBefore(deadline)) {
      Thread.sleep(5);
    }
    killed.destroyForcibly().waitFor();
    assertThat(killed.exitValue()).as("killed with SIGKILL").isEqualTo(137);
    // a line the kill cut short is no result: the next run asks for it again
    List<String> recorded = lines(output).stream().filter(line -> line.endsWith("}")).toList();
    long answered = recorded.stream().filter(line -> line.contains("\"outcome\":\"PASSED\"")
        || line.contains("\"outcome\":\"FAILED\"")).count();
    assertThat(recorded.size()).isBetween(200, VARIANTS - 1);

    CountingModel.ASKED.set(0);
    Map<String, String> resumed = run(output);

    assertThat(lines(output)).hasSize(VARIANTS);
    assertThat(resumed.size()).isEqualTo(VARIANTS);
    assertThat(resumed.equals(reference)).as("the resumed run's results are the reference run's").isTrue();
    int referenceAsks = (int) reference.values().stream().filter(value -> value.startsWith("PASSED")
        || value.startsWith("FAILED")).count();
    assertThat(CountingModel.ASKED.get()).isEqualTo(referenceAsks - (int) answered);
    assertThat(Files.readString(output.resolve("summary.md")))
        .contains(recorded.size() + " variant(s) resumed from the journal of a run killed before it closed");
    assertThat(Files.exists(output.resolve("results.jsonl.running"))).isFalse();
  }

  /** Each variant's outcome and question, by item and chain. */
  private Map<String, String> run(Path output) throws IOException {
    EngineTestKit.engine(VlbTestEngine.ENGINE_ID)
        .configurationParameter("vlb.output.dir", output.toString())
        .configurationParameter("vlb.cache.enabled", "false")
        .configurationParameter("vlb.summary.console", "false")
        .selectors(selectClass(ResumeFixtureTests.class))
        .execute();
    Map<String, String> results = new TreeMap<>();
    for (String line : lines(output)) {
      JsonNode result = JSON.readTree(line);
      results.put(result.path("item").asText() + " " + result.path("variant").asText(),
          result.path("outcome").asText() + " " + result.path("question").asText() + " " + result.path("imageSha256").asText());
    }
    return results;
  }

  private static List<String> lines(Path output) throws IOException {
    Path file = output.resolve("results.jsonl");
    return Files.exists(file) ? Files.readAllLines(file) : List.of();
  }
}
