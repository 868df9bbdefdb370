package dev.vlb.engine.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds records of a JSON Lines file by a key field while another file streams in the same order (a
 * merge join): records read past are kept only until asked for, so aligned files hold one record.
 */
final class JsonlLookup implements Closeable {

  private final Path file;
  private final String keyField;
  private final Map<String, JsonNode> passed = new HashMap<>();
  private BufferedReader reader;
  private String lastKey;
  private JsonNode last;

  JsonlLookup(Path file, String keyField) {
    this.file = file;
    this.keyField = keyField;
  }

  /** The record whose key field is {@code key}; asking for the same key again is answered too. */
  synchronized Optional<JsonNode> find(String key) throws IOException {
    if (key.equals(lastKey)) {
      return Optional.of(last);
    }
    JsonNode found = passed.remove(key);
    if (reader == null) {
      reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }
    for (String line = found == null ? reader.readLine() : null; line != null; line = reader.readLine()) {
      if (!line.isBlank()) {
        JsonNode record = JsonEntries.MAPPER.readTree(line);
        String recordKey = JsonEntries.text(record, keyField);
        if (recordKey.equals(key)) {
          found = record;
          break;
        }
        passed.putIfAbsent(recordKey, record);
      }
    }
    if (found != null) {
      lastKey = key;
      last = found;
    }
    return Optional.ofNullable(found);
  }

  @Override
  public synchronized void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
  }
}
