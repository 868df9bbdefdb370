package dev.vlb.engine.model;

import static dev.vlb.engine.model.ModelFixtures.answer;
import static dev.vlb.engine.model.ModelFixtures.client;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vlb.api.spi.ModelQuery;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** A query without an image reaches every provider with no image part, as text-only endpoints require. */
class TextOnlyQueryTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  @StartStop
  private final MockWebServer server = new MockWebServer();

  @Test
  void sendsOpenAiThePromptAsPlainTextContent() throws Exception {
    JsonNode body = send("""
        {"choices": [{"message": {"role": "assistant", "content": "0.5"}, "finish_reason": "stop"}]}""", "openai");

    assertThat(body.path("messages")).hasSize(1);
    JsonNode user = body.path("messages").get(0);
    assertThat(user.path("role").asText()).isEqualTo("user");
    assertThat(user.path("content").isTextual()).isTrue();
    assertThat(user.path("content").asText()).isEqualTo("Grade this.");
  }

  @Test
  void sendsAnthropicOnlyTheTextBlock() throws Exception {
    JsonNode body = send("""
        {"type": "message", "stop_reason": "end_turn", "content": [{"type": "text", "text": "0.5"}]}""", "anthropic");

    JsonNode content = body.path("messages").get(0).path("content");
    assertThat(content).hasSize(1);
    assertThat(content.get(0).path("type").asText()).isEqualTo("text");
    assertThat(content.get(0).path("text").asText()).isEqualTo("Grade this.");
  }

  @Test
  void sendsGeminiOnlyTheTextPart() throws Exception {
    JsonNode body = send("""
        {"candidates": [{"content": {"role": "model", "parts": [{"text": "0.5"}]}, "finishReason": "STOP"}]}""", "gemini");

    JsonNode parts = body.path("contents").get(0).path("parts");
    assertThat(parts).hasSize(1);
    assertThat(parts.get(0).path("text").asText()).isEqualTo("Grade this.");
  }

  /** Asks a text-only query of the provider, checks the answer, and returns the body sent. */
  private JsonNode send(String reply, String provider) throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(reply).build());
    try (RemoteModel model = client(server.url("/"), "vlb.model.provider", provider)) {
      assertThat(answer(model.ask(ModelQuery.textOnly("Grade this."))).text()).isEqualTo("0.5");
    }
    String body = server.takeRequest().getBody().utf8();
    assertThat(body).doesNotContain("base64").doesNotContain("image");
    return JSON.readTree(body);
  }
}
