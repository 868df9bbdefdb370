package dev.vlb.engine.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vlb.api.spi.DatasetEntry;
import dev.vlb.api.spi.DatasetException;
import dev.vlb.api.spi.MalformedEntry;
import dev.vlb.api.spi.Origin;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Streams JSON datasets one record at a time: JSON Lines, the elements of one array field of a
 * top-level object (SEED-Bench), or the members of a top-level object (MM-Vet).
 */
final class JsonEntries {

  static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Turns one record into an entry, or {@code null} to skip it; {@code key} is the member name for
   * object members, else empty.
   */
  @FunctionalInterface
  interface Mapper {
    DatasetEntry map(String key, JsonNode record, Origin origin);
  }

  private JsonEntries() {}

  /** One JSON object per line; a line that is not JSON becomes a malformed entry. */
  static Stream<DatasetEntry> lines(Path file, int limit, Mapper mapper) throws DatasetException {
    BufferedReader reader = open(file, () -> Files.newBufferedReader(file, StandardCharsets.UTF_8));
    int[] line = {0};
    return EntryStreams.of(() -> {
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        Origin origin = Origin.of(file.toString(), ++line[0]);
        DatasetEntry entry = text.isBlank() ? null : parseLine(text, origin, mapper);
        if (entry != null) {
          return entry;
        }
      }
      return null;
    }, reader, limit, file.toString());
  }

  /** Parses one JSON Lines record, or reports it malformed. */
  static DatasetEntry parseLine(String text, Origin origin, Mapper mapper) {
    try {
      return mapper.map("", MAPPER.readTree(text), origin);
    } catch (JsonProcessingException e) {
      return new MalformedEntry(origin.toString(), origin, "line is not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** The elements of the top-level array {@code field}; other top-level fields go to {@code others}. */
  static Stream<DatasetEntry> arrayElements(Path file, String field, int limit, BiConsumer<String, JsonNode> others, Mapper mapper)
      throws DatasetException {
    JsonParser parser = openObject(file);
    boolean[] inArray = {false};
    return EntryStreams.of(() -> {
      while (true) {
        if (inArray[0]) {
          if (parser.nextToken() == JsonToken.END_ARRAY) {
            inArray[0] = false;
          } else {
            DatasetEntry entry = record("", parser, file, mapper);
            if (entry != null) {
              return entry;
            }
          }
        } else if (parser.nextToken() != JsonToken.FIELD_NAME) {
          return null;
        } else {
          String name = parser.currentName();
          JsonToken value = parser.nextToken();
          if (name.equals(field) && value == JsonToken.START_ARRAY) {
            inArray[0] = true;
          } else {
            others.accept(name, parser.readValueAsTree());
          }
        }
      }
    }, parser, limit, file.toString());
  }

  /** The members of the top-level object, keyed by member name. */
  static Stream<DatasetEntry> members(Path file, int limit, Mapper mapper) throws DatasetException {
    JsonParser parser = openObject(file);
    return EntryStreams.of(() -> {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        parser.nextToken();
        DatasetEntry entry = record(key, parser, file, mapper);
        if (entry != null) {
          return entry;
        }
      }
      return null;
    }, parser, limit, file.toString());
  }

  /** A field's text ({@code ""} when absent or null); numbers are given as written. */
  static String text(JsonNode record, String field) {
    JsonNode value = record.get(field);
    return value == null || value.isNull() ? "" : value.asText();
  }

  private static DatasetEntry record(String key, JsonParser parser, Path file, Mapper mapper) throws IOException {
    Origin origin = Origin.of(file.toString(), parser.currentTokenLocation().getLineNr());
    JsonNode record = parser.readValueAsTree();
    if (!record.isObject()) {
      return new MalformedEntry(key.isEmpty() ? origin.toString() : key, origin, "record is not a JSON object: " + excerpt(record));
    }
    return mapper.map(key, record, origin);
  }

  private static String excerpt(JsonNode node) {
    String text = node.toString();
    return text.length() > 80 ? text.substring(0, 80) + "..." : text;
  }

  private static JsonParser openObject(Path file) throws DatasetException {
    JsonParser parser = open(file, () -> MAPPER.createParser(Files.newInputStream(file)));
    try {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        parser.close();
        throw new DatasetException("JSON dataset " + file + " does not start with an object");
      }
    } catch (IOException e) {
      throw new DatasetException("JSON dataset " + file + " cannot be read: " + e.getMessage(), e);
    }
    return parser;
  }

  @FunctionalInterface
  private interface Opener<T> {
    T open() throws IOException;
  }

  private static <T> T open(Path file, Opener<T> opener) throws DatasetException {
    try {
      return opener.open();
    } catch (IOException e) {
      throw new DatasetException("Cannot open dataset file " + file + ": " + e.getMessage(), e);
    }
  }
}
