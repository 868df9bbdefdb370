package dev.vlb.engine.model;

import static dev.vlb.engine.model.ModelFixtures.client;
import static dev.vlb.engine.model.ModelFixtures.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.ModelQuery;
import java.util.Base64;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * The image goes into the request body unescaped and uncopied, yet every provider's body is the very
 * JSON text it was when the body was one Jackson tree written to a string, byte for byte: the expected
 * texts here were recorded from that version. Equal bytes keep the response cache's keys valid.
 */
class ImageBodyTests {

  static final String PNG_BASE64 =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
  /** Quotes, a newline, non-ASCII and a character outside the BMP, each of which JSON writes its own way. */
  static final String PROMPT = "Which shape is \"red\"?\nA. circle \u2014 \u5186\nB. square \uD83D\uDFE5";
  static final String ESCAPED_PROMPT = "Which shape is \\\"red\\\"?\\nA. circle \u2014 \u5186\\nB. square \uD83D\uDFE5";

  @StartStop
  private final MockWebServer server = new MockWebServer();

  /** Each provider's settings, with an extra body that adds fields, nested in one case. */
  static String[] settings(String provider) {
    return switch (provider) {
      case "openai" -> new String[] {"vlb.model.provider", "openai", "vlb.model.max-tokens", "16", "vlb.model.seed", "7",
          "vlb.model.system-prompt", "Answer tersely.",
          "vlb.model.extra-body", "{\"top_k\": 1, \"chat_template_kwargs\": {\"enable_thinking\": false}}"};
      case "anthropic" -> new String[] {"vlb.model.provider", "anthropic", "vlb.model.system-prompt", "Be brief.",
          "vlb.model.extra-body", "{\"metadata\": {\"user_id\": \"u-1\"}}"};
      case "gemini" -> new String[] {"vlb.model.provider", "gemini", "vlb.model.max-tokens", "8", "vlb.model.seed", "3",
          "vlb.model.extra-body", "{\"generationConfig\": {\"topK\": 1}}"};
      default -> throw new IllegalArgumentException(provider);
    };
  }

  static ModelQuery imageQuery() {
    return new ModelQuery(Image.png(Base64.getDecoder().decode(PNG_BASE64), 1, 1), PROMPT);
  }

  @Test
  void sendsOpenAiTheImageAsADataUrlInTheSameBodyAsBefore() throws Exception {
    RecordedRequest request = send(settings("openai"));

    assertThat(request.getBody().utf8()).isEqualTo("{\"model\":\"qwen2-vl\",\"messages\":[{\"role\":\"system\",\"content\":\"Answer tersely.\"},"
        + "{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64," + PNG_BASE64 + "\"}},"
        + "{\"type\":\"text\",\"text\":\"" + ESCAPED_PROMPT + "\"}]}],"
        + "\"temperature\":0.0,\"max_tokens\":16,\"seed\":7,\"top_k\":1,\"chat_template_kwargs\":{\"enable_thinking\":false}}");
    assertThat(request.getHeaders().get("Content-Length")).isEqualTo(Long.toString(request.getBody().size()));
  }

  @Test
  void sendsAnthropicTheImageAsBase64InTheSameBodyAsBefore() throws Exception {
    RecordedRequest request = send(settings("anthropic"));

    assertThat(request.getBody().utf8()).isEqualTo("{\"model\":\"qwen2-vl\",\"max_tokens\":1024,\"system\":\"Be brief.\",\"temperature\":0.0,"
        + "\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image\",\"source\":{\"type\":\"base64\",\"media_type\":\"image/png\","
        + "\"data\":\"" + PNG_BASE64 + "\"}},{\"type\":\"text\",\"text\":\"" + ESCAPED_PROMPT + "\"}]}],\"metadata\":{\"user_id\":\"u-1\"}}");
  }

  @Test
  void sendsGeminiTheImageAsInlineDataInTheSameBodyAsBefore() throws Exception {
    RecordedRequest request = send(settings("gemini"));

    assertThat(request.getBody().utf8()).isEqualTo("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"inline_data\":{\"mime_type\":\"image/png\","
        + "\"data\":\"" + PNG_BASE64 + "\"}},{\"text\":\"" + ESCAPED_PROMPT + "\"}]}],"
        + "\"generationConfig\":{\"temperature\":0.0,\"maxOutputTokens\":8,\"seed\":3,\"topK\":1}}");
  }

  @Test
  void sendsNoImageWhenTheExtraBodyReplacesTheMessages() throws Exception {
    RecordedRequest request = send("vlb.model.extra-body", "{\"messages\": [{\"role\": \"user\", \"content\": \"fixed\"}]}");

    assertThat(request.getBody().utf8())
        .isEqualTo("{\"model\":\"qwen2-vl\",\"messages\":[{\"role\":\"user\",\"content\":\"fixed\"}],\"temperature\":0.0}");
    assertThat(request.getHeaders().get("Content-Length")).isEqualTo(Long.toString(request.getBody().size()));
  }

  /** Asks once, answered with a 400 that no provider retries, and returns what was sent. */
  private RecordedRequest send(String... keyValues) throws InterruptedException {
    server.enqueue(new MockResponse.Builder().code(400).body("recorded").build());
    try (RemoteModel model = client(server.url("/v1"), keyValues)) {
      assertThat(failure(model.ask(imageQuery())).status()).hasValue(400);
    }
    return server.takeRequest();
  }
}
