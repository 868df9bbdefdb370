package dev.vlb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vlb.engine.fixtures.GradedFixtureTests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * An open-ended answer graded by an OpenAI-compatible grader configured with vlb.grader.*, against a
 * loopback MockWebServer. MM-Vet's and LLaVA-Bench's official graders are text-only, so by default the
 * grader is sent no image; {@code vlb.grader.send-image=true} sends it.
 */
class GraderEngineTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path output;

  @StartStop
  private final MockWebServer server = new MockWebServer();

  @Test
  void sendsTheGraderOnlyTextByDefault() throws Exception {
    JsonNode user = gradedRequest(null).path("messages").get(0);

    assertThat(user.path("content").isTextual()).as("content is plain text: %s", user).isTrue();
    assertThat(user.path("content").asText())
        .startsWith("Compare the ground truth and prediction from AI models")
        .endsWith("\nWhat is in the image? [say=A red square.] | A red square. | A red square. | ");
    assertThat(user.toString()).doesNotContain("image_url").doesNotContain("base64");
    // the grader's own number, from which MM-Vet's total score is summed
    JsonNode line = JSON.readTree(Files.readAllLines(output.resolve("results.jsonl")).get(0));
    assertThat(line.path("grades").toString()).isEqualTo("{\"score\":1.0}");
  }

  @Test
  void sendsTheGraderTheImageWhenConfiguredTo() throws Exception {
    JsonNode content = gradedRequest("true").path("messages").get(0).path("content");

    assertThat(content).hasSize(2);
    assertThat(content.get(0).path("type").asText()).isEqualTo("image_url");
    assertThat(content.get(0).path("image_url").path("url").asText()).startsWith("data:image/png;base64,iVBORw0KGgo");
    assertThat(content.get(1).path("text").asText()).startsWith("Compare the ground truth and prediction from AI models");
  }

  @Test
  void knowsTheSendImageKey() {
    var results = EngineTestKit.engine(VlbTestEngine.ENGINE_ID)
        .configurationParameter("vlb.grader.send-image", "true")
        .selectors(selectClass(GradedFixtureTests.class))
        .discover();

    assertThat(results.getDiscoveryIssues()).isEmpty();
  }

  /** Runs the suite with the grader at the mock server, checks the answer passed, and returns the grader's request body. */
  private JsonNode gradedRequest(String sendImage) throws Exception {
    server.enqueue(chat("1.0"));
    var engine = EngineTestKit.engine(VlbTestEngine.ENGINE_ID)
        .configurationParameter("vlb.grader.url", server.url("/v1").toString())
        .configurationParameter("vlb.grader.name", "gpt-4-0613")
        .configurationParameter("vlb.cache.enabled", "false")
        .configurationParameter("vlb.output.dir", output.toString())
        .configurationParameter("vlb.summary.console", "false")
        .selectors(selectClass(GradedFixtureTests.class));
    if (sendImage != null) {
      engine.configurationParameter("vlb.grader.send-image", sendImage);
    }

    engine.execute().testEvents().assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
    assertThat(server.getRequestCount()).isEqualTo(1);
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    return JSON.readTree(request.getBody().utf8());
  }

  private static MockResponse chat(String content) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode choice = body.putArray("choices").addObject();
    choice.putObject("message").put("role", "assistant").put("content", content);
    choice.put("finish_reason", "stop");
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body.toString()).build();
  }
}
