package dev.vlb.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;

/** The Anthropic Messages API. It has no seed; max_tokens is required, so it has a default. */
final class AnthropicProtocol implements Protocol {

  static final String API_VERSION = "2023-06-01";
  static final int DEFAULT_MAX_TOKENS = 1024;

  @Override
  public HttpUrl target(HttpUrl base, String model) {
    return Protocol.resolve(base, "v1", "messages");
  }

  @Override
  public void addHeaders(Request.Builder request, Optional<String> apiKey) {
    request.header("anthropic-version", API_VERSION);
    apiKey.ifPresent(key -> request.header("x-api-key", key));
  }

  @Override
  public ObjectNode body(String model, Optional<EncodedImage> image, String prompt, GenerationOptions options) {
    ObjectNode body = Json.object().put("model", model).put("max_tokens", options.maxTokens().orElse(DEFAULT_MAX_TOKENS));
    options.systemPrompt().ifPresent(system -> body.put("system", system));
    body.put("temperature", options.temperature());
    ArrayNode content = body.putArray("messages").addObject().put("role", "user").putArray("content");
    image.ifPresent(encoded -> content.addObject()
        .put("type", "image")
        .putObject("source")
        .put("type", "base64")
        .put("media_type", encoded.mediaType())
        .putRawValue("data", encoded.base64Slot()));
    content.addObject().put("type", "text").put("text", prompt);
    return body;
  }

  @Override
  public ParsedReply parse(JsonNode reply) {
    JsonNode content = reply.path("content");
    if (!content.isArray()) {
      throw UnusableReplyException.malformed("the reply has no content");
    }
    if ("refusal".equals(reply.path("stop_reason").asText())) {
      throw UnusableReplyException.filtered("the answer was refused");
    }
    StringBuilder text = new StringBuilder();
    content.forEach(block -> text.append("text".equals(block.path("type").asText()) ? block.path("text").asText() : ""));
    return new ParsedReply(Json.requireText(text.toString()), Json.usage(reply.path("usage"), "input_tokens", "output_tokens"));
  }
}
