package dev.vlb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vlb.engine.fixtures.SyntheticStoreFixtureTests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The variant store in front of generation, through the engine: a killed run leaves a store the next
 * run completes correctly.
 */
class VariantStoreEngineTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path temporary;

  @Test
  void aRunKilledWhileItWritesTheStoreLeavesOneTheNextRunCompletesWithTheSameVariants() throws Exception {
    Map<String, String> reference = run(temporary.resolve("reference"), temporary.resolve("reference-store"));
    Path store = temporary.resolve("store");

    Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), SuiteProcess.class.getName(),
        SyntheticStoreFixtureTests.class.getName(), "vlb.output.dir=" + temporary.resolve("killed"),
        "vlb.variants.dir=" + store, "vlb.summary.console=false")
        .redirectErrorStream(true).redirectOutput(temporary.resolve("killed.log").toFile()).start();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (entries(store) < 200 && writer.isAlive() && Instant.now().isBefore(deadline)) {
      Thread.sleep(5);
    }
    writer.destroyForcibly().waitFor();

    assertThat(writer.exitValue()).as("killed with SIGKILL while writing").isEqualTo(137);
    long kept = entries(store);
    assertThat(kept).isBetween(200L, 60L * 16 - 1);
    Map<String, String> resumed = run(temporary.resolve("resumed"), store);
    // 60 items x (1 + 3) x (1 + 3) variants, every one kept
    assertThat(resumed.size()).isEqualTo(60 * 16);
    assertThat(resumed.equals(reference)).as("the resumed run's variants are the reference run's").isTrue();
    assertThat(entries(store)).isEqualTo(60 * 16);
  }

  /** Each variant's outcome and image digest, by item and chain. */
  private static Map<String, String> run(Path output, Path store) throws IOException {
    EngineTestKit.engine(VlbTestEngine.ENGINE_ID)
        .configurationParameter("vlb.output.dir", output.toString())
        .configurationParameter("vlb.variants.dir", store.toString())
        .configurationParameter("vlb.summary.console", "false")
        .selectors(selectClass(SyntheticStoreFixtureTests.class))
        .execute();
    Map<String, String> results = new TreeMap<>();
    for (String line : Files.readAllLines(output.resolve("results.jsonl"))) {
      JsonNode result = JSON.readTree(line);
      results.put(result.path("item").asText() + " " + result.path("variant").asText(),
          result.path("outcome").asText() + " " + result.path("imageSha256").asText() + " " + result.path("question").asText());
    }
    return results;
  }

  /** Entry files written whole so far; a walk that meets a temporary file being renamed looks again. */
  private static long entries(Path store) throws IOException {
    Path entries = store.resolve("entries");
    while (true) {
      if (!Files.isDirectory(entries)) {
        return 0;
      }
      try (Stream<Path> files = Files.walk(entries)) {
        return files.filter(file -> file.getFileName().toString().endsWith(".json")
            && !file.getFileName().toString().startsWith(".")).count();
      } catch (UncheckedIOException e) {
        if (!(e.getCause() instanceof NoSuchFileException)) {
          throw e;
        }
      }
    }
  }
}
