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
import dev.vlb.api.spi.ModelReply;
import dev.vlb.api.spi.TokenUsage;
import dev.vlb.engine.model.ModelCallException.Kind;
import java.util.Base64;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The Anthropic Messages and Gemini generateContent protocols behind the same client. */
class NativeProvidersTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PNG_BASE64 = Base64.getEncoder().encodeToString(encoded("png"));

  @StartStop
  private final MockWebServer server = new MockWebServer();

  @Test
  void speaksTheAnthropicMessagesApi() throws Exception {
    server.enqueue(reply("""
        {"type": "message", "role": "assistant", "stop_reason": "end_turn",
         "content": [{"type": "text", "text": "A"}], "usage": {"input_tokens": 95, "output_tokens": 2}}"""));
    ModelReply reply;
    try (RemoteModel model = client(server.url("/"), "vlb.model.provider", "anthropic", "vlb.model.system-prompt", "Be brief.")) {
      reply = answer(model.ask(query("Which option?")));
    }

    assertThat(reply.text()).isEqualTo("A");
    assertThat(reply.usage()).isEqualTo(new TokenUsage(95, 2));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/messages");
    assertThat(request.getHeaders().get("x-api-key")).isEqualTo(API_KEY);
    assertThat(request.getHeaders().get("anthropic-version")).isEqualTo("2023-06-01");
    assertThat(request.getHeaders().get("Authorization")).isNull();
    JsonNode body = JSON.readTree(request.getBody().utf8());
    assertThat(body.path("max_tokens").asInt()).isEqualTo(1024);
    assertThat(body.path("system").asText()).isEqualTo("Be brief.");
    JsonNode content = body.path("messages").get(0).path("content");
    assertThat(content.get(0).path("source").path("media_type").asText()).isEqualTo("image/png");
    assertThat(content.get(0).path("source").path("data").asText()).isEqualTo(PNG_BASE64);
    assertThat(content.get(1).path("text").asText()).isEqualTo("Which option?");
  }

  @Test
  void reportsAnAnthropicRefusalAsFiltered() {
    server.enqueue(reply("{\"type\": \"message\", \"stop_reason\": \"refusal\", \"content\": []}"));
    try (RemoteModel model = client(server.url("/v1"), "vlb.model.provider", "anthropic")) {
      assertThat(failure(model.ask(query("Which option?"))).kind()).isEqualTo(Kind.CONTENT_FILTERED);
    }
  }

  @Test
  void speaksTheGeminiGenerateContentApi() throws Exception {
    server.enqueue(reply("""
        {"candidates": [{"content": {"role": "model", "parts": [{"text": "yes"}]}, "finishReason": "STOP"}],
         "usageMetadata": {"promptTokenCount": 300, "candidatesTokenCount": 1}}"""));
    ModelReply reply;
    try (RemoteModel model = client(server.url("/"), "vlb.model.provider", "gemini", "vlb.model.name", "gemini-2.5-flash",
        "vlb.model.max-tokens", "8", "vlb.model.seed", "3")) {
      reply = answer(model.ask(query("Is it red?")));
      assertThat(model.name()).isEqualTo("gemini-2.5-flash@" + server.url("/").toString().replaceAll("/$", ""));
    }

    assertThat(reply.text()).isEqualTo("yes");
    assertThat(reply.usage()).isEqualTo(new TokenUsage(300, 1));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent");
    assertThat(request.getUrl().query()).isNull();
    assertThat(request.getHeaders().get("x-goog-api-key")).isEqualTo(API_KEY);
    JsonNode body = JSON.readTree(request.getBody().utf8());
    JsonNode parts = body.path("contents").get(0).path("parts");
    assertThat(parts.get(0).path("inline_data").path("data").asText()).isEqualTo(PNG_BASE64);
    assertThat(parts.get(1).path("text").asText()).isEqualTo("Is it red?");
    assertThat(body.path("generationConfig").path("maxOutputTokens").asInt()).isEqualTo(8);
    assertThat(body.path("generationConfig").path("seed").asInt()).isEqualTo(3);
    assertThat(body.path("generationConfig").path("temperature").asDouble(-1)).isEqualTo(0.0);
  }

  @Test
  void countsGeminiThoughtsAsCompletionTokens() throws Exception {
    server.enqueue(reply("""
        {"candidates": [{"content": {"role": "model", "parts": [{"text": "B"}]}, "finishReason": "STOP"}],
         "usageMetadata": {"promptTokenCount": 300, "candidatesTokenCount": 1, "thoughtsTokenCount": 57, "totalTokenCount": 358}}"""));
    try (RemoteModel model = client(server.url("/"), "vlb.model.provider", "gemini", "vlb.model.name", "gemini-2.5-flash")) {
      assertThat(answer(model.ask(query("Which option?"))).usage()).isEqualTo(new TokenUsage(300, 58));
      assertThat(model.statistics().completionTokens()).isEqualTo(58);
    }
  }

  @Test
  void reportsGeminiSafetyBlocksAsFilteredAndMissingCandidatesAsMalformed() {
    server.enqueue(reply("{\"candidates\": [{\"finishReason\": \"SAFETY\"}]}"));
    server.enqueue(reply("{\"promptFeedback\": {\"blockReason\": \"OTHER\"}}"));
    server.enqueue(reply("{\"usageMetadata\": {}}"));
    try (RemoteModel model = client(server.url("/"), "vlb.model.provider", "gemini")) {
      assertThat(failure(model.ask(query("One?"))).kind()).isEqualTo(Kind.CONTENT_FILTERED);
      assertThat(failure(model.ask(query("Two?"))).getMessage()).startsWith("the prompt was blocked: OTHER");
      assertThat(failure(model.ask(query("Three?"))).kind()).isEqualTo(Kind.MALFORMED_REPLY);
    }
  }

  private static MockResponse reply(String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
  }
}
