package dev.vlb.engine.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vlb.api.spi.TokenUsage;
import java.util.Optional;

/** The JSON plumbing the protocols share. */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** The body of a successful reply, or an {@link UnusableReplyException} when it is not JSON. */
  static JsonNode parseReply(String body) {
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node == null || !node.isObject()) {
        throw UnusableReplyException.malformed("the reply is not a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw UnusableReplyException.malformed("the reply is not valid JSON");
    }
  }

  /** A JSON object from configuration text, empty when the text is no JSON object. */
  static Optional<ObjectNode> parseObject(String text) {
    try {
      JsonNode node = MAPPER.readTree(text);
      return node != null && node.isObject() ? Optional.of((ObjectNode) node) : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  /** Merges {@code extra} into {@code target}, object fields recursively, anything else replacing. */
  static ObjectNode merge(ObjectNode target, JsonNode extra) {
    extra.properties().forEach(field -> {
      JsonNode existing = target.get(field.getKey());
      if (existing instanceof ObjectNode existingObject && field.getValue().isObject()) {
        merge(existingObject, field.getValue());
      } else {
        target.set(field.getKey(), field.getValue().deepCopy());
      }
    });
    return target;
  }

  static TokenUsage usage(JsonNode usage, String promptField, String completionField) {
    return new TokenUsage(count(usage.path(promptField)), count(usage.path(completionField)));
  }

  /** The answer text; blank text is an {@link UnusableReplyException}, never an answer. */
  static String requireText(String text) {
    if (text == null || text.isBlank()) {
      throw UnusableReplyException.empty();
    }
    return text;
  }

  private static int count(JsonNode node) {
    return node.canConvertToInt() ? node.asInt() : -1;
  }
}
