package dev.vlb.engine.configuration;

import static dev.vlb.engine.configuration.ConfigurationKeys.DEFAULT_EDITOR_TIMEOUT_SECONDS;
import static dev.vlb.engine.configuration.ConfigurationKeys.EDITOR;
import static dev.vlb.engine.configuration.ConfigurationKeys.EDITOR_API_KEY_ENV;
import static dev.vlb.engine.configuration.ConfigurationKeys.EDITOR_TIMEOUT;
import static dev.vlb.engine.configuration.ConfigurationKeys.EDITOR_URL;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.apiguardian.api.API;

/**
 * The image editor of real photographs: the built-in OpenCV one, or an IOPaint server.
 *
 * @param url the IOPaint server's base URL; present exactly when the kind is {@code IOPAINT}
 * @param apiKeyEnv the environment variable holding a Bearer token for the server (never the token)
 */
@API(status = INTERNAL, since = "0.1")
public record EditorConfiguration(Kind kind, Optional<HttpUrl> url, Duration timeout, Optional<String> apiKeyEnv) {

  /** Which editor V3 on photographs goes through. */
  public enum Kind {
    OPENCV,
    IOPAINT
  }

  /**
   * @throws InvalidConfigurationException naming the key and the value
   */
  static EditorConfiguration of(Settings settings) {
    Kind kind = kind(settings);
    Duration timeout = settings.getDuration(EDITOR_TIMEOUT, Duration.ofSeconds(DEFAULT_EDITOR_TIMEOUT_SECONDS));
    if (timeout.isZero()) {
      throw new InvalidConfigurationException("Configuration parameter '" + EDITOR_TIMEOUT + "' must be positive");
    }
    Optional<HttpUrl> url = settings.get(EDITOR_URL).map(EditorConfiguration::url);
    if (kind == Kind.IOPAINT && url.isEmpty()) {
      throw new InvalidConfigurationException(
          "Configuration parameter '" + EDITOR_URL + "' must be set when '" + EDITOR + "' is iopaint");
    }
    return new EditorConfiguration(kind, url, timeout, settings.get(EDITOR_API_KEY_ENV));
  }

  private static Kind kind(Settings settings) {
    String value = settings.get(EDITOR, "opencv");
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "opencv" -> Kind.OPENCV;
      case "iopaint" -> Kind.IOPAINT;
      default -> throw new InvalidConfigurationException(
          "Configuration parameter '" + EDITOR + "' must be opencv or iopaint, but was '" + value + "'");
    };
  }

  private static HttpUrl url(String value) {
    HttpUrl url = HttpUrl.parse(value.trim());
    if (url == null) {
      throw new InvalidConfigurationException(
          "Configuration parameter '" + EDITOR_URL + "' must be an http or https URL, but was '" + value + "'");
    }
    return url;
  }
}
