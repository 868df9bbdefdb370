package dev.vlb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vlb.engine.fixtures.PhotoFixtureTests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Bootstrapping a real photograph with nothing configured: V3 by the built-in OpenCV editor (unjudged,
 * and labelled so), L1 by the offline rewriter under the text judge (also on top of the outpainted
 * image), and V1, which needs a planner, not generated.
 */
class RealPhotoEngineTests {

  private static final Path PHOTO = Path.of("/usr/share/doc/opencv-doc/examples/data/messi5.jpg");
  private static final Path DATASET = Path.of("target/photo-fixture");

  @TempDir
  Path output;

  @Test
  void outpaintsThePhotographAndJudgesOnlyWhatTheTextJudgeCanJudge() throws IOException {
    assumeTrue(Files.isReadable(PHOTO), "Debian's opencv-doc photographs are not installed");
    Files.createDirectories(DATASET);
    Files.copy(PHOTO, DATASET.resolve("messi5.jpg"), StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(DATASET.resolve("items.jsonl"), "{\"id\": \"ball\", \"image\": \"messi5.jpg\", "
        + "\"question\": \"What colour is the ball on the grass?\", \"type\": \"short_answer\", \"answer\": \"yellow\"}\n");

    EngineTestKit.engine(VlbTestEngine.ENGINE_ID)
        .configurationParameter("vlb.output.dir", output.toString())
        .configurationParameter("vlb.summary.console", "false")
        .selectors(selectClass(PhotoFixtureTests.class))
        .execute();

    Map<String, JsonNode> byChain = new LinkedHashMap<>();
    for (String line : Files.readAllLines(output.resolve("results.jsonl"))) {
      JsonNode result = new ObjectMapper().readTree(line);
      byChain.put(result.path("variant").asText(), result);
    }
    assertThat(byChain.keySet()).containsExactlyInAnyOrder("vanilla", "V1", "V3", "L1", "V1+L1", "V3+L1");
    assertThat(byChain.get("V3").path("outcome").asText()).isNotEqualTo("NOT_GENERATED");
    assertThat(byChain.get("V3").path("judged").asBoolean()).isFalse();
    assertThat(byChain.get("V3").path("verdicts").get(0).asText())
        .isEqualTo("V3 attempt 1: accepted without judge (none configured)");
    assertThat(byChain.get("L1").path("judged").asBoolean()).isTrue();
    assertThat(byChain.get("L1").path("verdicts").get(0).asText()).startsWith("L1 attempt 1: accepted: ");
    assertThat(byChain.get("V3+L1").path("outcome").asText()).isNotEqualTo("NOT_GENERATED");
    assertThat(byChain.get("V3+L1").path("judged").asBoolean()).isFalse();
    assertThat(byChain.get("V3+L1").path("verdicts")).extracting(JsonNode::asText)
        .anySatisfy(verdict -> assertThat(verdict).startsWith("L1 attempt 1: accepted: "));
    assertThat(byChain.get("V1").path("outcome").asText()).isEqualTo("NOT_GENERATED");
    assertThat(byChain.get("V1").path("reason").asText()).isEqualTo("no editor or rewriter for V1 add object on this dataset");
    assertThat(byChain.get("vanilla").path("judge").asText()).isEqualTo("text (all-MiniLM-L6-v2 + lexical) for L1, L2");
  }
}
