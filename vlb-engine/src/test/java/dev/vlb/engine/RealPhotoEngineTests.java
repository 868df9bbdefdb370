package dev.vlb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vlb.engine.fixtures.PhotoFixtureTests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
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
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DATASET = Path.of("target/photo-fixture");

  @TempDir
  Path output;

  @StartStop
  private final MockWebServer judge = new MockWebServer();

  @Test
  void outpaintsThePhotographAndJudgesOnlyWhatTheTextJudgeCanJudge() throws IOException {
    Map<String, JsonNode> byChain = run(Map.of());

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
    assertThat(byChain.get("V1").path("reason").asText()).isEqualTo("no editor or rewriter for V1 add object on this dataset; "
        + "V1, V2 and L3 on photographs need a planner LVLM: set vlb.planner.url and vlb.planner.name");
    assertThat(byChain.get("vanilla").path("judge").asText()).isEqualTo("text (all-MiniLM-L6-v2 + lexical) for L1, L2");
  }

  @Test
  void anLvlmJudgeChecksEveryStepShownTheOriginalBesideTheVariant() throws Exception {
    judge.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return chat("Yes.");
      }
    });

    Map<String, JsonNode> byChain = run(Map.of("vlb.judge.url", judge.url("/v1").toString(), "vlb.judge.name", "judge-model",
        "vlb.cache.enabled", "false"));

    assertThat(byChain.get("vanilla").path("judge").asText()).isEqualTo("lvlm (judge-model@" + judge.url("/v1").toString().replaceAll("/$", "") + ")");
    assertThat(byChain.get("V3").path("judged").asBoolean()).isTrue();
    assertThat(byChain.get("V3").path("verdicts").get(0).asText()).isEqualTo("V3 attempt 1: accepted: judge said yes");
    assertThat(byChain.get("L1").path("judged").asBoolean()).isTrue();
    assertThat(byChain.get("V3+L1").path("judged").asBoolean()).isTrue();
    assertThat(byChain.get("V3+L1").path("verdicts")).extracting(JsonNode::asText)
        .containsExactly("V3 attempt 1: accepted: judge said yes", "L1 attempt 1: accepted: judge said yes");
    // V3, L1 and V3+L1's L1 step, each judged once: the V3 step is shared
    assertThat(judge.getRequestCount()).isEqualTo(3);
    List<String> prompts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      prompts.add(judge.takeRequest().getBody().utf8());
    }
    // V3 and V3+L1 are shown as a montage (a PNG) of the original beside the variant; L1 over the photograph alone
    assertThat(prompts).filteredOn(prompt -> prompt.contains("data:image/png;base64,")).hasSize(2);
    assertThat(prompts).filteredOn(prompt -> prompt.contains("The picture is the same for both")).hasSize(1);
    assertThat(prompts).allSatisfy(prompt -> assertThat(prompt).contains("What colour is the ball on the grass?"));
  }

  private Map<String, JsonNode> run(Map<String, String> configuration) throws IOException {
    assumeTrue(Files.isReadable(PHOTO), "Debian's opencv-doc photographs are not installed");
    Files.createDirectories(DATASET);
    Files.copy(PHOTO, DATASET.resolve("messi5.jpg"), StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(DATASET.resolve("items.jsonl"), "{\"id\": \"ball\", \"image\": \"messi5.jpg\", "
        + "\"question\": \"What colour is the ball on the grass?\", \"type\": \"short_answer\", \"answer\": \"yellow\"}\n");

    EngineTestKit.engine(VlbTestEngine.ENGINE_ID)
        .configurationParameter("vlb.output.dir", output.toString())
        .configurationParameter("vlb.summary.console", "false")
        .configurationParameters(configuration)
        .selectors(selectClass(PhotoFixtureTests.class))
        .execute();

    Map<String, JsonNode> byChain = new LinkedHashMap<>();
    for (String line : Files.readAllLines(output.resolve("results.jsonl"))) {
      JsonNode result = JSON.readTree(line);
      byChain.put(result.path("variant").asText(), result);
    }
    return byChain;
  }

  private static MockResponse chat(String content) {
    ObjectNode body = JSON.createObjectNode();
    body.putArray("choices").addObject().put("finish_reason", "stop").putObject("message")
        .put("role", "assistant").put("content", content);
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body.toString()).build();
  }
}
