package dev.vlb.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * What {@link FakeOpenAiServer} saw of one window.
 *
 * @param answered requests answered 200
 * @param errors requests answered 503
 * @param seconds from the first request's arrival to the last answer
 */
public record ServerStatistics(long answered, long errors, double seconds) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static ServerStatistics parse(String json) {
    try {
      JsonNode node = JSON.readTree(json);
      return new ServerStatistics(node.path("answered").asLong(), node.path("errors").asLong(), node.path("seconds").asDouble());
    } catch (IOException e) {
      throw new UncheckedIOException("the fake server's /stats is not JSON: " + json, e);
    }
  }

  String json() {
    return String.format(Locale.ROOT, "{\"answered\": %d, \"errors\": %d, \"seconds\": %.6f}", answered, errors, seconds);
  }

  public long calls() {
    return answered + errors;
  }

  /** Calls per second over the window: how busy the client kept the server. */
  public double rate() {
    return seconds == 0 ? 0 : calls() / seconds;
  }
}
