package dev.vlb.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Request;

/** The Gemini generateContent API, with the key in a header rather than the {@code key} query parameter. */
final class GeminiProtocol implements Protocol {

  private static final Set<String> BLOCKING_FINISH_REASONS =
      Set.of("SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY");

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
        parts.addObject().putObject("inline_data").put("mime_type", encoded.mediaType()).put("data", encoded.base64()));
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
    return new ParsedReply(Json.requireText(text.toString()), Json.usage(reply.path("usageMetadata"), "promptTokenCount", "candidatesTokenCount"));
  }
}
