package dev.vlb.engine.configuration;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import okhttp3.HttpUrl;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The {@code vlb.*} configuration of a run, read from JUnit configuration parameters (which already
 * merge {@code junit-platform.properties}, {@code -D} system properties and Surefire's
 * configurationParameters). Typed getters fail fast with a message naming the key and the bad value.
 */
@API(status = INTERNAL, since = "0.1")
public final class Settings {

  private final Map<String, String> values;

  private Settings(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  public static Settings of(Map<String, String> values) {
    return new Settings(values);
  }

  public static Settings from(ConfigurationParameters parameters) {
    Map<String, String> values = new TreeMap<>();
    for (String key : parameters.keySet()) {
      if (key.startsWith(ConfigurationKeys.PREFIX)) {
        parameters.get(key).ifPresent(value -> values.put(key, value.trim()));
      }
    }
    return new Settings(values);
  }

  /** Every {@code vlb.*} key that was set, sorted. */
  public Map<String, String> asMap() {
    return new TreeMap<>(values);
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key)).filter(value -> !value.isEmpty());
  }

  public String get(String key, String defaultValue) {
    return get(key).orElse(defaultValue);
  }

  public int getInt(String key, int defaultValue, int min, int max) {
    int value = parse(key, defaultValue, Integer::parseInt, "an integer");
    if (value < min || value > max) {
      throw invalid(key, "an integer from " + min + " to " + max);
    }
    return value;
  }

  public long getLong(String key, long defaultValue) {
    return parse(key, defaultValue, Long::parseLong, "an integer");
  }

  public double getDouble(String key, double defaultValue, double min, double max) {
    double value = parse(key, defaultValue, Double::parseDouble, "a number");
    if (!(value >= min && value <= max)) {
      throw invalid(key, "a number from " + min + " to " + max);
    }
    return value;
  }

  public boolean getBoolean(String key, boolean defaultValue) {
    return parse(key, defaultValue, Settings::parseBoolean, "true or false");
  }

  /** An http or https URL; empty when the key is unset. */
  public Optional<HttpUrl> getUrl(String key) {
    return get(key).map(value -> Optional.ofNullable(HttpUrl.parse(value.trim()))
        .orElseThrow(() -> invalid(key, "an http or https URL")));
  }

  /** Durations as {@code 500ms}, {@code 30s}, {@code 2m} or a plain number of seconds. */
  public Duration getDuration(String key, Duration defaultValue) {
    Duration value = parse(key, defaultValue, Settings::parseDuration, "a duration such as 30s or 500ms");
    if (value.isNegative()) {
      throw invalid(key, "a duration that is not negative");
    }
    return value;
  }

  private <T> T parse(String key, T defaultValue, Function<String, T> parser, String expected) {
    Optional<String> raw = get(key);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    try {
      return parser.apply(raw.get());
    } catch (RuntimeException e) {
      throw invalid(key, expected);
    }
  }

  private InvalidConfigurationException invalid(String key, String expected) {
    return new InvalidConfigurationException(
        "Configuration parameter '" + key + "' must be " + expected + ", but was '" + values.get(key) + "'");
  }

  private static boolean parseBoolean(String text) {
    return switch (text.toLowerCase()) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw new IllegalArgumentException(text);
    };
  }

  private static Duration parseDuration(String text) {
    String lower = text.toLowerCase();
    if (lower.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(lower.substring(0, lower.length() - 2).trim()));
    }
    if (lower.endsWith("s")) {
      return Duration.ofMillis(Math.round(Double.parseDouble(lower.substring(0, lower.length() - 1).trim()) * 1000));
    }
    if (lower.endsWith("m")) {
      return Duration.ofSeconds(Long.parseLong(lower.substring(0, lower.length() - 1).trim()) * 60);
    }
    return Duration.ofMillis(Math.round(Double.parseDouble(lower) * 1000));
  }

  @Override
  public String toString() {
    return "Settings" + ConfigurationKeys.redact(values);
  }
}
