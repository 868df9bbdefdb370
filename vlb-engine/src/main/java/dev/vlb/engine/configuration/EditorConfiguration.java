package dev.vlb.engine.configuration;

import static dev.vlb.engine.configuration.ConfigurationKeys.DEFAULT_CONCURRENCY;
import static dev.vlb.engine.configuration.ConfigurationKeys.DEFAULT_EDITOR_TIMEOUT_SECONDS;
import static dev.vlb.engine.configuration.ConfigurationKeys.DEFAULT_OPENAI_IMAGES_URL;
import static dev.vlb.engine.configuration.ConfigurationKeys.EDITOR;
import static dev.vlb.engine.configuration.ConfigurationKeys.EDITOR_API_KEY_ENV;
import static dev.vlb.engine.configuration.ConfigurationKeys.EDITOR_CONCURRENCY;
import static dev.vlb.engine.configuration.ConfigurationKeys.EDITOR_NAME;
import static dev.vlb.engine.configuration.ConfigurationKeys.EDITOR_TIMEOUT;
import static dev.vlb.engine.configuration.ConfigurationKeys.EDITOR_URL;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.apiguardian.api.API;

/**
 * What edits real photographs: the built-in OpenCV painter, an IOPaint server, or an images-edit API.
 *
 * @param url the server's base URL; present exactly when the kind is remote
 * @param name the image model of {@code openai-images}; present exactly then
 * @param apiKeyEnv the environment variable holding a Bearer token for the server (never the token)
 * @param concurrency edits in flight to a remote editor
 */
@API(status = INTERNAL, since = "0.1")
public record EditorConfiguration(
    Kind kind, Optional<HttpUrl> url, Optional<String> name, Duration timeout, Optional<String> apiKeyEnv, int concurrency) {

  /** Which painter edits photographs, by its {@code vlb.editor} value. */
  public enum Kind {
    OPENCV("opencv"),
    IOPAINT("iopaint"),
    OPENAI_IMAGES("openai-images");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
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
    Optional<HttpUrl> url = settings.getUrl(EDITOR_URL);
    if (kind == Kind.OPENAI_IMAGES && url.isEmpty()) {
      url = Optional.of(HttpUrl.get(DEFAULT_OPENAI_IMAGES_URL));
    }
    if (kind == Kind.IOPAINT && url.isEmpty()) {
      throw missing(EDITOR_URL, kind, "");
    }
    Optional<String> name = settings.get(EDITOR_NAME).map(String::trim).filter(value -> !value.isEmpty());
    if (kind == Kind.OPENAI_IMAGES && name.isEmpty()) {
      throw missing(EDITOR_NAME, kind, ": the image model, e.g. gpt-image-1");
    }
    return new EditorConfiguration(kind, kind == Kind.OPENCV ? Optional.empty() : url,
        kind == Kind.OPENAI_IMAGES ? name : Optional.empty(), timeout, settings.get(EDITOR_API_KEY_ENV),
        settings.getInt(EDITOR_CONCURRENCY, DEFAULT_CONCURRENCY, 1, 4096));
  }

  private static InvalidConfigurationException missing(String key, Kind kind, String what) {
    return new InvalidConfigurationException(
        "Configuration parameter '" + key + "' must be set when '" + EDITOR + "' is " + kind.id() + what);
  }

  private static Kind kind(Settings settings) {
    String value = settings.get(EDITOR, Kind.OPENCV.id());
    return Arrays.stream(Kind.values())
        .filter(kind -> kind.id().equals(value.trim().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(() -> new InvalidConfigurationException(
            "Configuration parameter '" + EDITOR + "' must be opencv, iopaint or openai-images, but was '" + value + "'"));
  }
}
