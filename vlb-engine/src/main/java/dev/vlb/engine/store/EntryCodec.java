package dev.vlb.engine.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vlb.api.Strategy;
import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.Generation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An entry file: one line of JSON, {@code {"sha256":"<hex>","entry":{...}}\n}, where the digest is
 * over the exact bytes of the {@code entry} object as they stand in the file. Checking those bytes
 * (rather than a re-serialisation) keeps the check exact whatever JSON numbers a plan holds.
 *
 * <p>The entry object: {@code format} (1), {@code key}, {@code chain}, {@code fingerprint},
 * {@code item} (the original's {@code id}, {@code category}, {@code question}), {@code attempts},
 * {@code verdicts}, {@code outcome} ({@code generated} or {@code not-generated}); a generated one adds
 * {@code judged}, {@code sample} (id, context, question, choices, answer, type, and {@code image}:
 * sha256, mediaType, width, height, size) and {@code steps} (strategy code, attempt, maker, and
 * {@code plan}/{@code edit} when present); a not generated one adds {@code reason}.
 */
final class EntryCodec {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String FOLDER = "entries";

  private static final int FORMAT = 1;
  private static final byte[] HEAD = "{\"sha256\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] MIDDLE = "\",\"entry\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TAIL = "}\n".getBytes(StandardCharsets.US_ASCII);
  private static final int BODY_START = HEAD.length + 64 + MIDDLE.length;
  private static final String GENERATED = "generated";
  private static final String NOT_GENERATED = "not-generated";

  private EntryCodec() {}

  /** {@code entries/<first two hex digits>/<key>.json}. */
  static String path(String key) {
    return FOLDER + "/" + key.substring(0, 2) + "/" + key + ".json";
  }

  static byte[] encode(VariantKey key, VariantKey.Provenance provenance, Generation generation, Optional<ImageRef> image) {
    ObjectNode entry = JSON.createObjectNode();
    entry.put("format", FORMAT);
    entry.put("key", key.hex());
    entry.put("chain", provenance.chain());
    ObjectNode fingerprint = entry.putObject("fingerprint");
    provenance.fingerprint().forEach(fingerprint::put);
    entry.putObject("item")
        .put("id", provenance.itemId())
        .put("category", provenance.category())
        .put("question", provenance.originalQuestion());
    entry.put("attempts", generation.attempts());
    strings(entry.putArray("verdicts"), generation.verdicts());
    if (generation instanceof Generation.Generated generated) {
      generated(entry, generated, image.orElseThrow());
    } else if (generation instanceof Generation.NotGenerated notGenerated) {
      entry.put("outcome", NOT_GENERATED).put("reason", notGenerated.reason());
    }
    return frame(write(entry));
  }

  private static void generated(ObjectNode entry, Generation.Generated generated, ImageRef image) {
    entry.put("outcome", GENERATED);
    entry.put("judged", generated.judged());
    Sample sample = generated.sample();
    ObjectNode node = entry.putObject("sample")
        .put("id", sample.id())
        .put("context", sample.context())
        .put("question", sample.question());
    strings(node.putArray("choices"), sample.choices());
    node.put("answer", sample.answer()).put("type", sample.type().name());
    node.putObject("image")
        .put("sha256", image.sha256())
        .put("mediaType", image.mediaType())
        .put("width", image.width())
        .put("height", image.height())
        .put("size", image.size());
    ArrayNode steps = entry.putArray("steps");
    for (Generation.Step step : generated.steps()) {
      ObjectNode stepNode = steps.addObject()
          .put("strategy", step.strategy().code())
          .put("attempt", step.attempt())
          .put("maker", step.maker());
      step.plan().ifPresent(plan -> stepNode.set("plan", plan));
      step.edit().ifPresent(edit -> stepNode.set("edit", edit));
    }
  }

  private static byte[] frame(byte[] body) {
    byte[] digest = Digests.sha256(body).getBytes(StandardCharsets.US_ASCII);
    byte[] file = new byte[BODY_START + body.length + TAIL.length];
    System.arraycopy(HEAD, 0, file, 0, HEAD.length);
    System.arraycopy(digest, 0, file, HEAD.length, digest.length);
    System.arraycopy(MIDDLE, 0, file, HEAD.length + digest.length, MIDDLE.length);
    System.arraycopy(body, 0, file, BODY_START, body.length);
    System.arraycopy(TAIL, 0, file, BODY_START + body.length, TAIL.length);
    return file;
  }

  /**
   * The entry object of a file whose checksum holds.
   *
   * @throws DamagedEntryException when the file is cut short, edited, or not an entry of this format
   */
  static JsonNode body(byte[] file) throws DamagedEntryException {
    if (file.length < BODY_START + TAIL.length
        || !startsWith(file, HEAD, 0)
        || !startsWith(file, MIDDLE, HEAD.length + 64)
        || !startsWith(file, TAIL, file.length - TAIL.length)) {
      throw new DamagedEntryException("not a whole entry file (" + file.length + " bytes)");
    }
    String recorded = new String(file, HEAD.length, 64, StandardCharsets.US_ASCII);
    int bodyLength = file.length - BODY_START - TAIL.length;
    String actual = Digests.sha256(file, BODY_START, bodyLength);
    if (!actual.equals(recorded)) {
      throw new DamagedEntryException("checksum mismatch: recorded " + recorded + ", content has " + actual);
    }
    try {
      JsonNode body = JSON.readTree(Arrays.copyOfRange(file, BODY_START, BODY_START + bodyLength));
      if (body == null || !body.isObject() || body.path("format").asInt() != FORMAT) {
        throw new DamagedEntryException("not an entry of format " + FORMAT);
      }
      return body;
    } catch (IOException e) {
      throw new DamagedEntryException("not valid JSON: " + e.getMessage(), e);
    }
  }

  static String key(JsonNode body) throws DamagedEntryException {
    return text(body, "key");
  }

  static boolean isGenerated(JsonNode body) throws DamagedEntryException {
    String outcome = text(body, "outcome");
    if (!outcome.equals(GENERATED) && !outcome.equals(NOT_GENERATED)) {
      throw new DamagedEntryException("unknown outcome '" + outcome + "'");
    }
    return outcome.equals(GENERATED);
  }

  /** The image a generated entry shows; empty for a not generated one. */
  static Optional<ImageRef> image(JsonNode body) throws DamagedEntryException {
    if (!isGenerated(body)) {
      return Optional.empty();
    }
    JsonNode image = object(object(body, "sample"), "image");
    String sha256 = text(image, "sha256");
    if (!Digests.isSha256(sha256)) {
      throw new DamagedEntryException("image sha256 '" + sha256 + "' is not a SHA-256");
    }
    return Optional.of(new ImageRef(
        sha256, text(image, "mediaType"), number(image, "width"), number(image, "height"), number(image, "size")));
  }

  static VariantKey.Provenance provenance(JsonNode body) throws DamagedEntryException {
    JsonNode item = object(body, "item");
    SortedMap<String, String> fingerprint = new TreeMap<>();
    object(body, "fingerprint").properties().forEach(field -> fingerprint.put(field.getKey(), field.getValue().asText()));
    return new VariantKey.Provenance(
        text(item, "id"), text(item, "category"), text(item, "question"), text(body, "chain"), fingerprint);
  }

  /** The generation an entry records; {@code imageBytes} are its image's, unused when not generated. */
  static Generation generation(JsonNode body, Optional<byte[]> imageBytes) throws DamagedEntryException {
    try {
      return decode(body, imageBytes);
    } catch (IllegalArgumentException e) {
      throw new DamagedEntryException(e.getMessage(), e);
    }
  }

  private static Generation decode(JsonNode body, Optional<byte[]> imageBytes) throws DamagedEntryException {
    int attempts = number(body, "attempts");
    List<String> verdicts = strings(body, "verdicts");
    if (!isGenerated(body)) {
      return new Generation.NotGenerated(text(body, "reason"), attempts, verdicts);
    }
    JsonNode sample = object(body, "sample");
    TaskType type;
    try {
      type = TaskType.valueOf(text(sample, "type"));
    } catch (IllegalArgumentException e) {
      throw new DamagedEntryException("unknown task type '" + text(sample, "type") + "'", e);
    }
    if (!body.path("judged").isBoolean()) {
      throw new DamagedEntryException("field 'judged' is missing");
    }
    Sample restored = new Sample(
        text(sample, "id"),
        image(body).orElseThrow().toImage(imageBytes.orElseThrow()),
        text(sample, "context"),
        text(sample, "question"),
        strings(sample, "choices"),
        text(sample, "answer"),
        type,
        null);
    return new Generation.Generated(restored, attempts, verdicts, body.get("judged").asBoolean(), steps(body));
  }

  private static List<Generation.Step> steps(JsonNode body) throws DamagedEntryException {
    JsonNode steps = body.get("steps");
    if (steps == null || !steps.isArray()) {
      throw new DamagedEntryException("field 'steps' is missing");
    }
    List<Generation.Step> restored = new ArrayList<>();
    for (JsonNode step : steps) {
      Strategy strategy;
      try {
        strategy = Strategy.ofCode(text(step, "strategy"));
      } catch (IllegalArgumentException e) {
        throw new DamagedEntryException(e.getMessage(), e);
      }
      restored.add(new Generation.Step(
          strategy, number(step, "attempt"), text(step, "maker"), present(step.get("plan")), present(step.get("edit"))));
    }
    return restored;
  }

  private static Optional<JsonNode> present(JsonNode node) {
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node);
  }

  private static JsonNode object(JsonNode node, String field) throws DamagedEntryException {
    JsonNode value = node.get(field);
    if (value == null || !value.isObject()) {
      throw new DamagedEntryException("field '" + field + "' is missing");
    }
    return value;
  }

  private static String text(JsonNode node, String field) throws DamagedEntryException {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new DamagedEntryException("field '" + field + "' is missing");
    }
    return value.asText();
  }

  private static int number(JsonNode node, String field) throws DamagedEntryException {
    JsonNode value = node.get(field);
    if (value == null || !value.isInt()) {
      throw new DamagedEntryException("field '" + field + "' is missing");
    }
    return value.asInt();
  }

  private static List<String> strings(JsonNode node, String field) throws DamagedEntryException {
    JsonNode values = node.get(field);
    if (values == null || !values.isArray()) {
      throw new DamagedEntryException("field '" + field + "' is missing");
    }
    List<String> strings = new ArrayList<>();
    for (JsonNode value : values) {
      strings.add(value.asText());
    }
    return strings;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static byte[] write(JsonNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree always serialises", e);
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
    return at >= 0 && at + prefix.length <= bytes.length
        && Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
  }
}
