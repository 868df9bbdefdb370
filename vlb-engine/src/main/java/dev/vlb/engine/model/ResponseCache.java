package dev.vlb.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vlb.api.spi.ModelReply;
import dev.vlb.api.spi.TokenUsage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Model replies on disk, one small JSON file per request, named by the SHA-256 of model, endpoint and
 * request body: re-running a suite against the same model makes no model call. Only answers are
 * stored, never failures. A damaged entry is a miss, and a failed write only costs a later call.
 */
final class ResponseCache {

  private static final System.Logger LOG = System.getLogger(ResponseCache.class.getName());
  private static final ResponseCache DISABLED = new ResponseCache(null);

  private final Path directory;

  private ResponseCache(Path directory) {
    this.directory = directory;
  }

  static ResponseCache of(Optional<Path> directory) {
    return directory.map(ResponseCache::new).orElse(DISABLED);
  }

  boolean enabled() {
    return directory != null;
  }

  /**
   * The cache key of a request: the SHA-256 of model, endpoint and body, each followed by a NUL byte.
   * The API key is never part of it (it travels in a header). The image in the body is hashed once per
   * image, not once per request ({@link EncodedImage#digestAfter}); the key is the same as if the whole
   * body were hashed, so entries written before that change are still found.
   */
  static String key(String model, String endpoint, JsonBody body) {
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    header.writeBytes(model.getBytes(StandardCharsets.UTF_8));
    header.write(0);
    header.writeBytes(endpoint.getBytes(StandardCharsets.UTF_8));
    header.write(0);
    header.writeBytes(body.head());
    MessageDigest digest = body.image().map(image -> image.digestAfter(header.toByteArray())).orElseGet(() -> {
      MessageDigest headerOnly = sha256();
      headerOnly.update(header.toByteArray());
      return headerOnly;
    });
    digest.update(body.tail());
    digest.update((byte) 0);
    return HexFormat.of().formatHex(digest.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The stored reply, marked cached, with the latency and usage of the call that produced it. */
  Optional<ModelReply> get(String key) {
    if (directory == null) {
      return Optional.empty();
    }
    Path file = file(key);
    if (!Files.exists(file)) {
      return Optional.empty(); // a miss is the common case on a first run: cheaper than a thrown exception
    }
    try {
      JsonNode entry = Json.MAPPER.readTree(Files.readString(file));
      TokenUsage usage = new TokenUsage(entry.path("promptTokens").asInt(-1), entry.path("completionTokens").asInt(-1));
      return Optional.of(new ModelReply(entry.get("text").asText(), Duration.parse(entry.path("latency").asText()), usage, true));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Ignoring damaged response cache entry " + file + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  void put(String key, ModelReply reply) {
    if (directory == null) {
      return;
    }
    Path file = file(key);
    String entry = Json.write(Json.object()
        .put("text", reply.text())
        .put("promptTokens", reply.usage().promptTokens())
        .put("completionTokens", reply.usage().completionTokens())
        .put("latency", reply.latency().toString()));
    try {
      if (!Files.isDirectory(file.getParent())) {
        Files.createDirectories(file.getParent()); // throws and catches internally when the folder exists
      }
      Path temporary = Files.createTempFile(file.getParent(), key, ".tmp");
      Files.writeString(temporary, entry);
      move(temporary, file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot write response cache entry " + file + ": " + e.getMessage());
    }
  }

  /** Readers see a whole entry or none, even when two runs write the same one. */
  private static void move(Path temporary, Path file) throws IOException {
    try {
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private Path file(String key) {
    return directory.resolve(key.substring(0, 2)).resolve(key + ".json");
  }
}
