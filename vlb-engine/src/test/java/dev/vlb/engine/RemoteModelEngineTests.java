package dev.vlb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vlb.engine.descriptor.InfrastructureException;
import dev.vlb.engine.fixtures.RemoteFixtureTests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A suite pointed at an OpenAI-compatible server by configuration alone (what -D options do on the
 * mvn command line), against a loopback MockWebServer.
 */
class RemoteModelEngineTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SAY = Pattern.compile("\\[say=([^\\]]+)]");
  /** An environment variable every machine has stands in for the API key. */
  private static final String KEY = System.getenv("PATH");

  @TempDir
  Path output;

  @StartStop
  private final MockWebServer server = new MockWebServer();

  @Test
  void asksTheConfiguredServerWithTheImageAndRecordsItsAnswersAndTokens() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String prompt = request.getBody().utf8();
        Matcher say = SAY.matcher(prompt);
        String answer = prompt.contains("[fragile]") && prompt.contains("(reworded)") || !say.find() ? "dog" : say.group(1);
        return chat(answer);
      }
    });

    EngineExecutionResults results = run();

    // q1 right twice, q2 right then wrong once reworded, q3 wrong twice ("No" for "Yes"); the gate is not
    // evaluated on 6 answered variants, fewer than the minimum sample
    results.testEvents().assertStatistics(stats -> stats.started(7).succeeded(3).failed(3).aborted(1));
    RecordedRequest first = server.takeRequest();
    JsonNode body = JSON.readTree(first.getBody().utf8());
    assertThat(body.path("model").asText()).isEqualTo("fixture-model");
    assertThat(body.path("temperature").asDouble()).isEqualTo(0.0);
    assertThat(body.toString()).contains("data:image/png;base64,");
    JsonNode line = JSON.readTree(Files.readAllLines(output.resolve("results.jsonl")).get(0));
    assertThat(line.path("model").asText()).isEqualTo("fixture-model@" + server.url("/v1").toString().replaceAll("/$", ""));
    assertThat(line.path("promptTokens").asInt()).isEqualTo(11);
    assertThat(line.path("completionTokens").asInt()).isEqualTo(2);
    assertThat(Files.readString(output.resolve("summary.md")))
        .contains("model answered 6 times (0 from cache) · tokens 66 prompt + 12 completion")
        .contains("6 requests, 0 from cache, 6 HTTP calls, 0 retries, 0 failed");
    // what a report shows of the run beside its results
    JsonNode facts = JSON.readTree(output.resolve("run.json").toFile());
    assertThat(facts.path("jdk").asText()).startsWith(System.getProperty("java.version"));
    assertThat(facts.path("suites").get(0).path("dataset").asText()).isEqualTo("fixture");
    assertThat(facts.path("suites").get(0).path("asked").asInt()).isEqualTo(6);
    assertThat(facts.path("models").get(0).path("role").asText()).isEqualTo("model");
    assertThat(facts.path("models").get(0).path("calls").asInt()).isEqualTo(6);
    assertThat(facts.toString()).doesNotContain(KEY);
  }

  @Test
  void aServerThatKeepsFailingGivesErrorsNeverWrongAnswersAndNeverLeaksTheKey() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        // a badly behaved server that echoes the credentials it got
        return new MockResponse.Builder().code(503).body("overloaded; you sent " + request.getHeaders().get("Authorization")).build();
      }
    });

    EngineExecutionResults results = run();

    results.testEvents().assertThatEvents()
        .haveExactly(6, event(test(), finishedWithFailure(instanceOf(InfrastructureException.class),
            message(m -> m.contains("HTTP 503") && m.contains("not counted as a wrong answer") && !m.contains(KEY)))))
        .haveExactly(1, event(test(), finishedWithFailure(message(m ->
            m.contains("6 variant(s) and 0 item(s) ended in an error: the evaluation is incomplete")))));
    String journal = Files.readString(output.resolve("results.jsonl"));
    assertThat(journal).doesNotContain(KEY).doesNotContain("\"FAILED\"").contains("\"ERROR\"");
    assertThat(Files.readString(output.resolve("summary.md"))).doesNotContain(KEY).contains("| vanilla ");
  }

  private EngineExecutionResults run() {
    return EngineTestKit.engine(VlbTestEngine.ENGINE_ID)
        .configurationParameter("vlb.model.url", server.url("/v1").toString())
        .configurationParameter("vlb.model.name", "fixture-model")
        .configurationParameter("vlb.model.api-key-env", "PATH")
        .configurationParameter("vlb.model.max-retries", "1")
        .configurationParameter("vlb.cache.enabled", "false")
        .configurationParameter("vlb.output.dir", output.toString())
        .configurationParameter("vlb.summary.console", "false")
        .selectors(selectClass(RemoteFixtureTests.class))
        .execute();
  }

  private static MockResponse chat(String content) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode choice = body.putArray("choices").addObject();
    choice.putObject("message").put("role", "assistant").put("content", content);
    choice.put("finish_reason", "stop");
    body.putObject("usage").put("prompt_tokens", 11).put("completion_tokens", 2);
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body.toString()).build();
  }
}
