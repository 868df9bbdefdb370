package dev.vlb.engine.contamination.semantic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/**
 * The embedding in an OpenAI-compatible reply, {@code data[0].embedding}: an array of numbers
 * ({@code encoding_format: float}) or the base64 of little-endian 32-bit floats ({@code base64}, as
 * OpenAI sends it).
 */
final class EmbeddingReply {

  static final ObjectMapper JSON = new ObjectMapper();

  private EmbeddingReply() {}

  /**
   * The embedding, scaled to unit length.
   *
   * @throws IllegalArgumentException saying why the reply holds no usable embedding
   */
  static float[] parse(String body) {
    JsonNode embedding;
    try {
      embedding = JSON.readTree(body).path("data").path(0).path("embedding");
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalArgumentException("the reply is not JSON");
    }
    if (embedding.isArray()) {
      return Vectors.normalised(numbers(embedding));
    }
    if (embedding.isTextual()) {
      return Vectors.normalised(littleEndianFloats(embedding.asText()));
    }
    throw new IllegalArgumentException("the reply has no data[0].embedding");
  }

  private static float[] numbers(JsonNode array) {
    float[] vector = new float[array.size()];
    for (int i = 0; i < vector.length; i++) {
      JsonNode value = array.get(i);
      if (!value.isNumber()) {
        throw new IllegalArgumentException("data[0].embedding[" + i + "] is no number");
      }
      vector[i] = value.floatValue();
    }
    return vector;
  }

  private static float[] littleEndianFloats(String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("data[0].embedding is neither numbers nor base64");
    }
    if (bytes.length % Float.BYTES != 0) {
      throw new IllegalArgumentException("data[0].embedding holds " + bytes.length + " bytes, no whole number of floats");
    }
    float[] vector = new float[bytes.length / Float.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
    return vector;
  }
}
