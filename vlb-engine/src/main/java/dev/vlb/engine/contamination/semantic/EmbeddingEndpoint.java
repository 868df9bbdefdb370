package dev.vlb.engine.contamination.semantic;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.engine.configuration.ConfigurationKeys;
import dev.vlb.engine.model.ApiKey;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import org.apiguardian.api.API;

/**
 * Where and how image embeddings are asked for.
 *
 * @param url the base URL the endpoint's path {@code /embeddings} is appended to, with the API version,
 *     e.g. {@code http://gpu-1:8000/v1}
 * @param model the model the endpoint serves, e.g. {@code openai/clip-vit-large-patch14}
 * @param apiKey sent as a Bearer token; none for a local vLLM
 * @param timeout of one request; a wait the server asks for must end within it
 * @param concurrency requests in flight at most
 * @param maxRetries retries of a request after a connection error, 408, 429 or 5xx
 */
@API(status = INTERNAL, since = "0.1")
public record EmbeddingEndpoint(HttpUrl url, String model, ApiKey apiKey, Duration timeout, int concurrency, int maxRetries) {

  public EmbeddingEndpoint {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(apiKey, "apiKey");
    if (model.isBlank()) {
      throw new IllegalArgumentException("The embedding model must be named");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("The embedding timeout must be positive, was " + timeout);
    }
    if (concurrency < 1 || maxRetries < 0) {
      throw new IllegalArgumentException(
          "The embedding concurrency must be at least 1 and max-retries at least 0, were " + concurrency + " and " + maxRetries);
    }
  }

  /** An endpoint with the model clients' default timeout, concurrency and retries. */
  public static EmbeddingEndpoint of(HttpUrl url, String model, ApiKey apiKey) {
    return new EmbeddingEndpoint(url, model, apiKey, Duration.ofSeconds(ConfigurationKeys.DEFAULT_TIMEOUT_SECONDS),
        ConfigurationKeys.DEFAULT_CONCURRENCY, ConfigurationKeys.DEFAULT_MAX_RETRIES);
  }
}
