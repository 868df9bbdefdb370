package dev.vlb.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;

/** OpenAI chat completions, the protocol of vLLM, SGLang, TGI, Ollama, LMDeploy and DJL Serving. */
final class OpenAiProtocol implements Protocol {

  @Override
  public HttpUrl target(HttpUrl base, String model) {
    return Protocol.resolve(base, "v1", "chat/completions");
  }

  @Override
  public void addHeaders(Request.Builder request, Optional<String> apiKey) {
    apiKey.ifPresent(key -> request.header("Authorization", "Bearer " + key));
  }

  @Override
  public ObjectNode body(String model, Optional<EncodedImage> image, String prompt, GenerationOptions options) {
    ObjectNode body = Json.object().put("model", model);
    ArrayNode messages = body.putArray("messages");
    options.systemPrompt().ifPresent(system -> messages.addObject().put("role", "system").put("content", system));
    ObjectNode user = messages.addObject().put("role", "user");
    image.ifPresentOrElse(encoded -> {
      ArrayNode content = user.putArray("content");
      content.addObject().put("type", "image_url").putObject("image_url").putRawValue("url", encoded.dataUrlSlot());
      content.addObject().put("type", "text").put("text", prompt);
    }, () -> user.put("content", prompt)); // a plain string, which every chat server takes, text-only ones too
    body.put("temperature", options.temperature());
    options.maxTokens().ifPresent(maxTokens -> body.put("max_tokens", maxTokens));
    options.seed().ifPresent(seed -> body.put("seed", seed));
    return body;
  }

  @Override
  public ParsedReply parse(JsonNode reply) {
    JsonNode choices = reply.path("choices");
    if (!choices.isArray() || choices.isEmpty()) {
      throw UnusableReplyException.malformed("the reply has no choices");
    }
    JsonNode choice = choices.get(0);
    JsonNode message = choice.path("message");
    if ("content_filter".equals(choice.path("finish_reason").asText()) || message.hasNonNull("refusal")) {
      throw UnusableReplyException.filtered("the answer was filtered or refused");
    }
    return new ParsedReply(Json.requireText(text(message.path("content"))), Json.usage(reply.path("usage"), "prompt_tokens", "completion_tokens"));
  }

  /** Content is a string, or on some servers a list of text parts. */
  private static String text(JsonNode content) {
    if (content.isArray()) {
      StringBuilder text = new StringBuilder();
      content.forEach(part -> text.append(part.path("text").asText("")));
      return text.toString();
    }
    return content.isTextual() ? content.asText() : null;
  }
}
