package dev.vlb.engine.bootstrap.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON values in an LVLM's reply, as models really send them: inside a {@code ```json} fence,
 * after a sentence of prose, with Python-style single quotes (the paper's own clean-up scripts parse
 * GPT-4o's plans as {@code {'name': ..., 'box': [...]}}), unquoted keys, trailing commas or comments.
 */
final class ReplyJson {

  private static final ObjectMapper LENIENT = JsonMapper.builder()
      .enable(
          JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
          JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .build();

  /** A bound on parse attempts, so a long reply full of brackets costs little. */
  private static final int MAX_STARTS = 64;

  private ReplyJson() {}

  /**
   * Every object or array that parses, left to right; a bracket in prose that starts no JSON is
   * skipped, and a value's own brackets are not searched again.
   */
  static List<JsonNode> values(String reply) {
    List<JsonNode> values = new ArrayList<>();
    int start = nextOpening(reply, 0);
    for (int attempts = 0; start >= 0 && attempts < MAX_STARTS; attempts++) {
      String rest = reply.substring(start);
      int consumed = parse(rest, values);
      start = nextOpening(reply, start + Math.max(consumed, 1));
    }
    return values;
  }

  /** Parses one value at the start of the text into the list; how many characters it took, 0 if none. */
  private static int parse(String text, List<JsonNode> values) {
    try (JsonParser parser = LENIENT.createParser(text)) {
      JsonNode value = parser.readValueAsTree();
      if (value == null) {
        return 0;
      }
      values.add(value);
      return (int) parser.currentLocation().getCharOffset();
    } catch (JsonProcessingException e) {
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
  }

  private static int nextOpening(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '[') {
        return i;
      }
    }
    return -1;
  }
}
