package dev.vlb.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vlb.api.spi.TokenUsage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;

/** The Gemini generateContent API, with the key in a header rather than the {@code key} query parameter. */
final class GeminiProtocol implements Protocol {

  private static final Set<String> BLOCKING_FINISH_REASONS =
      Set.of("SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY");
  private static final String RETRY_INFO = "type.googleapis.com/google.rpc.RetryInfo";

  @Override
  public HttpUrl target(HttpUrl base, String model) {
    String resource = model.startsWith("models/") ? model : "models/" + model;
    return Protocol.resolve(base, "v1beta", resource + ":generateContent");
  }

  @Override
  public void addHeaders(Request.Builder request, Optional<String> apiKey) {
    apiKey.ifPresent(key -> request.header("x-goog-api-key", key));
  }

  @Override
  public ObjectNode body(String model, Optional<EncodedImage> image, String prompt, GenerationOptions options) {
    ObjectNode body = Json.object();
    ArrayNode parts = body.putArray("contents").addObject().put("role", "user").putArray("parts");
    image.ifPresent(encoded ->
        parts.addObject().putObject("inline_data").put("mime_type", encoded.mediaType()).putRawValue("data", encoded.base64Slot()));
    parts.addObject().put("text", prompt);
    options.systemPrompt().ifPresent(system -> body.putObject("systemInstruction").putArray("parts").addObject().put("text", system));
    ObjectNode generation = body.putObject("generationConfig").put("temperature", options.temperature());
    options.maxTokens().ifPresent(maxTokens -> generation.put("maxOutputTokens", maxTokens));
    options.seed().ifPresent(seed -> generation.put("seed", seed));
    return body;
  }

  @Override
  public ParsedReply parse(JsonNode reply) {
    if (reply.path("promptFeedback").hasNonNull("blockReason")) {
      throw UnusableReplyException.filtered("the prompt was blocked: " + reply.path("promptFeedback").path("blockReason").asText());
    }
    JsonNode candidates = reply.path("candidates");
    if (!candidates.isArray() || candidates.isEmpty()) {
      throw UnusableReplyException.malformed("the reply has no candidates");
    }
    JsonNode candidate = candidates.get(0);
    String finishReason = candidate.path("finishReason").asText();
    if (BLOCKING_FINISH_REASONS.contains(finishReason)) {
      throw UnusableReplyException.filtered("the answer was blocked: " + finishReason);
    }
    StringBuilder text = new StringBuilder();
    candidate.path("content").path("parts").forEach(part -> text.append(part.path("text").asText("")));
    return new ParsedReply(Json.requireText(text.toString()), usage(reply.path("usageMetadata")));
  }

  /**
   * Gemini says how long to wait in the body of a 429 or 503, as a {@code RetryInfo} error detail
   * (<code>"retryDelay": "4.5s"</code>), not in a header; the headers count when a proxy in front adds one.
   */
  @Override
  public Optional<Duration> requestedWait(Headers headers, String body, Instant now) {
    return Json.parseObject(body).flatMap(GeminiProtocol::retryDelay).or(() -> Protocol.super.requestedWait(headers, body, now));
  }

  /** A protobuf Duration in JSON is decimal seconds with an "s" after them. */
  private static Optional<Duration> retryDelay(JsonNode reply) {
    for (JsonNode detail : reply.path("error").path("details")) {
      String delay = detail.path("retryDelay").asText();
      if (RETRY_INFO.equals(detail.path("@type").asText()) && delay.endsWith("s")) {
        return Backoff.decimal(delay.substring(0, delay.length() - 1), ChronoUnit.SECONDS);
      }
    }
    return Optional.empty();
  }

  /** A thinking model's thoughts are generated and billed like the answer, so they count as completion tokens. */
  private static TokenUsage usage(JsonNode metadata) {
    TokenUsage usage = Json.usage(metadata, "promptTokenCount", "candidatesTokenCount");
    JsonNode thoughts = metadata.path("thoughtsTokenCount");
    if (!thoughts.canConvertToInt() || usage.completionTokens() < 0) {
      return usage;
    }
    return new TokenUsage(usage.promptTokens(), usage.completionTokens() + thoughts.asInt());
  }
}
