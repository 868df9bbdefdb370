package dev.vlb.engine.model;

import static dev.vlb.engine.model.ModelFixtures.API_KEY;
import static dev.vlb.engine.model.ModelFixtures.answer;
import static dev.vlb.engine.model.ModelFixtures.client;
import static dev.vlb.engine.model.ModelFixtures.encoded;
import static dev.vlb.engine.model.ModelFixtures.failure;
import static dev.vlb.engine.model.ModelFixtures.query;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.ModelQuery;
import dev.vlb.api.spi.ModelReply;
import dev.vlb.api.spi.TokenUsage;
import dev.vlb.engine.model.ModelCallException.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiClientTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  @StartStop
  private final MockWebServer server = new MockWebServer();
  private final List<RemoteModel> clients = new ArrayList<>();

  @AfterEach
  void closeClients() {
    clients.forEach(RemoteModel::close);
  }

  @Test
  void sendsTheImageAsDataUrlWithPromptAndOptions() throws Exception {
    server.enqueue(chat("B", "stop"));
    RemoteModel model = open(
        "vlb.model.max-tokens", "16",
        "vlb.model.seed", "7",
        "vlb.model.system-prompt", "Answer tersely.",
        "vlb.model.extra-body", "{\"top_k\": 1, \"chat_template_kwargs\": {\"enable_thinking\": false}}");

    ModelReply reply = answer(model.ask(query("Which shape is red?")));

    assertThat(reply.text()).isEqualTo("B");
    assertThat(reply.usage()).isEqualTo(new TokenUsage(120, 1));
    assertThat(reply.cached()).isFalse();
    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + API_KEY);
    JsonNode body = JSON.readTree(request.getBody().utf8());
    assertThat(body.path("model").asText()).isEqualTo("qwen2-vl");
    assertThat(body.path("temperature").asDouble()).isEqualTo(0.0);
    assertThat(body.path("max_tokens").asInt()).isEqualTo(16);
    assertThat(body.path("seed").asLong()).isEqualTo(7);
    assertThat(body.path("top_k").asInt()).isEqualTo(1);
    assertThat(body.path("chat_template_kwargs").path("enable_thinking").asBoolean(true)).isFalse();
    assertThat(body.path("messages").get(0).path("content").asText()).isEqualTo("Answer tersely.");
    JsonNode content = body.path("messages").get(1).path("content");
    assertThat(content.get(1).path("text").asText()).isEqualTo("Which shape is red?");
    assertThat(imageOf(content)).isEqualTo("data:image/png;base64," + Base64.getEncoder().encodeToString(encoded("png")));
  }

  @Test
  void sendsJpegAsItIsAndReencodesOtherFormatsAsPng() throws Exception {
    server.enqueue(chat("yes", "stop"));
    server.enqueue(chat("yes", "stop"));
    RemoteModel model = open();
    byte[] jpeg = encoded("jpg");

    answer(model.ask(new ModelQuery(new Image(jpeg, "image/jpeg", 2, 2), "Is it red?")));
    answer(model.ask(new ModelQuery(new Image(encoded("bmp"), "image/bmp", 2, 2), "Is it red?")));

    assertThat(imageOf(sentContent())).isEqualTo("data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg));
    assertThat(imageOf(sentContent())).startsWith("data:image/png;base64,iVBORw0KGgo");
  }

  @Test
  void waitsAsToldByRetryAfterOn429ThenAnswers() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "1").body("{\"error\":\"slow down\"}").build());
    server.enqueue(chat("yes", "stop"));
    RemoteModel model = open();

    assertThat(answer(model.ask(query("Is it red?"))).text()).isEqualTo("yes");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(model.statistics().retries()).isEqualTo(1);
    assertThat(model.statistics().failures()).isZero();
  }

  @Test
  void retriesA500ThenAnswers() throws Exception {
    server.enqueue(new MockResponse.Builder().code(500).body("internal error").build());
    server.enqueue(chat("no", "stop"));
    RemoteModel model = open();

    assertThat(answer(model.ask(query("Is it red?"))).text()).isEqualTo("no");
    assertThat(model.statistics()).isEqualTo(new CallStatistics(1, 0, 2, 1, 0, 120, 1));
  }

  @Test
  void reportsServerErrorsWithStatusAndExcerptOnceRetriesAreSpent() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(503).body("{\"error\": \"model is loading\"}").build());
    }
    RemoteModel model = open("vlb.model.max-retries", "2");

    ModelCallException failure = failure(model.ask(query("Is it red?")));

    assertThat(failure.kind()).isEqualTo(Kind.HTTP_STATUS);
    assertThat(failure.status()).hasValue(503);
    assertThat(failure.endpoint()).isEqualTo(server.url("/v1/chat/completions").toString());
    assertThat(failure.getMessage())
        .isEqualTo("HTTP 503 from POST " + failure.endpoint() + " after 3 attempts: {\"error\": \"model is loading\"}");
  }

  @Test
  void doesNotRetryOtherClientErrors() {
    server.enqueue(new MockResponse.Builder().code(400).body("{\"error\": \"unknown model\"}").build());
    RemoteModel model = open();

    ModelCallException failure = failure(model.ask(query("Is it red?")));

    assertThat(failure.kind()).isEqualTo(Kind.HTTP_STATUS);
    assertThat(failure.status()).hasValue(400);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void timesOutWhenNoAnswerArrivesInTime() {
    server.enqueue(chat("late", "stop").newBuilder().headersDelay(10, TimeUnit.SECONDS).build());
    RemoteModel model = open("vlb.model.timeout", "200ms", "vlb.model.max-retries", "0");

    ModelCallException failure = failure(model.ask(query("Is it red?")));

    assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(failure.getMessage()).startsWith("no answer within 200 ms from POST " + failure.endpoint());
  }

  @Test
  void retriesThenReportsARefusedConnection() {
    String url = server.url("/v1").toString();
    server.close();
    RemoteModel model = modelAt(url, "vlb.model.max-retries", "1");

    ModelCallException failure = failure(model.ask(query("Is it red?")));

    assertThat(failure.kind()).isEqualTo(Kind.CONNECTION);
    assertThat(failure.status()).isEmpty();
    assertThat(failure.getMessage()).contains("connection failed", failure.endpoint(), "after 2 attempts");
    assertThat(model.statistics().calls()).isEqualTo(2);
  }

  @Test
  void reportsInvalidJsonAsMalformedWithAnExcerpt() {
    server.enqueue(new MockResponse.Builder().code(200).body("<html>Bad gateway</html>").build());
    RemoteModel model = open();

    ModelCallException failure = failure(model.ask(query("Is it red?")));

    assertThat(failure.kind()).isEqualTo(Kind.MALFORMED_REPLY);
    assertThat(failure.status()).hasValue(200);
    assertThat(failure.getMessage()).isEqualTo("the reply is not valid JSON from POST " + failure.endpoint() + ": <html>Bad gateway</html>");
  }

  @Test
  void reportsEmptyChoicesAsMalformed() {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"choices\": []}").build());
    RemoteModel model = open();

    ModelCallException failure = failure(model.ask(query("Is it red?")));

    assertThat(failure.kind()).isEqualTo(Kind.MALFORMED_REPLY);
    assertThat(failure.getMessage()).startsWith("the reply has no choices");
  }

  @Test
  void reportsFilteredAndEmptyAnswersAsErrorsNotAnswers() {
    server.enqueue(chat("", "content_filter"));
    server.enqueue(chat("  ", "stop"));
    RemoteModel model = open();

    assertThat(failure(model.ask(query("Is it red?"))).kind()).isEqualTo(Kind.CONTENT_FILTERED);
    assertThat(failure(model.ask(query("Is it blue?"))).kind()).isEqualTo(Kind.EMPTY_REPLY);
    assertThat(model.statistics().failures()).isEqualTo(2);
  }

  @Test
  void masksAnApiKeyTheServerEchoes() throws Exception {
    server.enqueue(new MockResponse.Builder().code(401)
        .body("{\"error\": {\"message\": \"Incorrect API key provided: " + API_KEY + ". Check it.\"}}").build());
    server.enqueue(chat("Your key is " + API_KEY, "stop"));
    RemoteModel model = open();

    ModelCallException failure = failure(model.ask(query("Is it red?")));
    ModelReply echoed = answer(model.ask(query("What is my key?")));

    assertThat(failure.getMessage()).contains("Incorrect API key provided: ****. Check it.");
    assertThat(echoed.text()).isEqualTo("Your key is ****");
    assertThat(model.name()).doesNotContain(API_KEY);
    assertThat(model.toString()).doesNotContain(API_KEY);
  }

  @Test
  void stopsCallingAnEndpointThatWentDownAndFailsTheRestQuickly() throws Exception {
    server.enqueue(chat("yes", "stop"));
    RemoteModel model = open("vlb.circuit-breaker.threshold", "3", "vlb.model.max-retries", "1");
    assertThat(answer(model.ask(query("Is it red?"))).text()).isEqualTo("yes");

    server.close();
    List<CompletionStage<ModelReply>> remaining = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      remaining.add(model.ask(query("Question " + i)));
    }
    List<Kind> kinds = remaining.stream().map(stage -> failure(stage).kind()).toList();
    long callsWhenDown = model.statistics().calls();
    ModelCallException afterwards = failure(model.ask(query("One more?")));

    assertThat(kinds).isSubsetOf(Kind.CONNECTION, Kind.CIRCUIT_OPEN).contains(Kind.CIRCUIT_OPEN);
    assertThat(afterwards.kind()).isEqualTo(Kind.CIRCUIT_OPEN);
    assertThat(afterwards.getMessage()).contains("is down for this run", "last failure: connection failed");
    assertThat(model.statistics().calls()).isEqualTo(callsWhenDown);
    assertThat(model.statistics().failures()).isEqualTo(11);
  }

  @Test
  void balancesLoadOverSeveralEndpoints() throws Exception {
    try (MockWebServer second = new MockWebServer()) {
      second.start();
      for (int i = 0; i < 2; i++) {
        server.enqueue(chat("first", "stop"));
        second.enqueue(chat("second", "stop"));
      }
      RemoteModel model = modelAt(server.url("/v1") + "," + second.url("/"));

      List<String> answers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        answers.add(answer(model.ask(query("Question " + i))).text());
      }

      assertThat(answers).containsExactlyInAnyOrder("first", "first", "second", "second");
      assertThat(second.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
      assertThat(model.name()).isEqualTo("qwen2-vl@" + server.url("/v1") + "," + second.url("/").toString().replaceAll("/$", ""));
    }
  }

  private RemoteModel open(String... keyValues) {
    return modelAt(server.url("/v1").toString(), keyValues);
  }

  private RemoteModel modelAt(String urls, String... keyValues) {
    RemoteModel model = client(urls, keyValues);
    clients.add(model);
    return model;
  }

  private JsonNode sentContent() throws Exception {
    return JSON.readTree(server.takeRequest().getBody().utf8()).path("messages").get(0).path("content");
  }

  private static String imageOf(JsonNode content) {
    return content.get(0).path("image_url").path("url").asText();
  }

  static MockResponse chat(String content, String finishReason) {
    String body = """
        {"id": "chatcmpl-1", "object": "chat.completion", "model": "qwen2-vl",
         "choices": [{"index": 0, "message": {"role": "assistant", "content": %s}, "finish_reason": "%s"}],
         "usage": {"prompt_tokens": 120, "completion_tokens": 1, "total_tokens": 121}}
        """.formatted(quoted(content), finishReason);
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
  }

  private static String quoted(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
