package dev.vlb.engine.model;

import static dev.vlb.engine.configuration.ConfigurationKeys.roleKey;

import dev.vlb.engine.configuration.ConfigurationKeys;
import dev.vlb.engine.configuration.InvalidConfigurationException;
import dev.vlb.engine.configuration.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * The configuration of one model role ({@code vlb.<role>.*} plus the global keys), validated.
 *
 * @param endpoints base URLs, load-balanced
 * @param concurrency in-flight requests per endpoint
 * @param cacheDir the response cache directory, empty when caching is off
 * @param breakerThreshold consecutive failures after which an endpoint is down for the run
 */
record ClientConfig(
    String role,
    Provider provider,
    List<HttpUrl> endpoints,
    String model,
    ApiKey apiKey,
    Duration timeout,
    GenerationOptions options,
    int concurrency,
    int maxRetries,
    Optional<Path> cacheDir,
    int breakerThreshold) {

  /** The configuration of a role, empty when its URL is unset (the embedded default then serves). */
  static Optional<ClientConfig> read(String role, Settings settings, Function<String, String> environment) {
    if (!ConfigurationKeys.MODEL_ROLES.contains(role)) {
      throw new IllegalArgumentException("Unknown model role '" + role + "', expected one of " + ConfigurationKeys.MODEL_ROLES);
    }
    return settings.get(roleKey(role, "url")).map(urls -> read(role, urls, settings, environment));
  }

  private static ClientConfig read(String role, String urls, Settings settings, Function<String, String> environment) {
    String providerKey = roleKey(role, "provider");
    Provider provider = Provider.byId(settings.get(providerKey, Provider.OPENAI.id()))
        .orElseThrow(() -> invalid(providerKey, "openai, anthropic or gemini", settings.get(providerKey, "")));
    int globalConcurrency = settings.getInt(ConfigurationKeys.CONCURRENCY, ConfigurationKeys.DEFAULT_CONCURRENCY, 1, 4096);
    Duration timeout =
        settings.getDuration(roleKey(role, "timeout"), Duration.ofSeconds(ConfigurationKeys.DEFAULT_TIMEOUT_SECONDS));
    if (timeout.isZero()) {
      throw invalid(roleKey(role, "timeout"), "a positive duration", settings.get(roleKey(role, "timeout"), ""));
    }
    return new ClientConfig(
        role,
        provider,
        endpoints(roleKey(role, "url"), urls),
        settings.get(roleKey(role, "name")).orElseThrow(() -> missing(roleKey(role, "name"), "the model name the " + provider.id() + " endpoint serves")),
        ApiKey.fromEnvironment(roleKey(role, "api-key-env"), settings, environment),
        timeout,
        options(role, provider, settings),
        settings.getInt(roleKey(role, "concurrency"), globalConcurrency, 1, 4096),
        settings.getInt(roleKey(role, "max-retries"), ConfigurationKeys.DEFAULT_MAX_RETRIES, 0, 100),
        settings.getBoolean(ConfigurationKeys.CACHE_ENABLED, ConfigurationKeys.DEFAULT_CACHE_ENABLED)
            ? Optional.of(Path.of(settings.get(ConfigurationKeys.CACHE_DIR, ConfigurationKeys.DEFAULT_CACHE_DIR)))
            : Optional.empty(),
        settings.getInt(ConfigurationKeys.CIRCUIT_BREAKER_THRESHOLD, ConfigurationKeys.DEFAULT_CIRCUIT_BREAKER_THRESHOLD, 1,
            Integer.MAX_VALUE));
  }

  /** The name results carry, e.g. {@code qwen2-vl@http://gpu-1:8000}: no credentials, no query. */
  /** The request body for one ask: the provider's tree, the configured extra body merged in, as bytes. */
  JsonBody requestBody(Optional<EncodedImage> image, String prompt) {
    return JsonBody.of(Json.merge(provider().protocol().body(model(), image, prompt, options()), options().extraBody()), image);
  }

  /** What a cached reply is filed under beside the request: provider and model. */
  String cacheModel() {
    return provider().id() + ":" + model();
  }

  String displayName() {
    return model + "@" + String.join(",", endpoints.stream().map(Redactor::withoutSecrets).toList());
  }

  private static List<HttpUrl> endpoints(String key, String urls) {
    List<String> parts = Arrays.stream(urls.split(",")).map(String::trim).filter(part -> !part.isEmpty()).toList();
    List<HttpUrl> endpoints = parts.stream().map(HttpUrl::parse).filter(Objects::nonNull).toList();
    if (parts.isEmpty() || endpoints.size() != parts.size()) {
      throw invalid(key, "one or more http(s) URLs separated by commas", urls);
    }
    return endpoints;
  }

  private static GenerationOptions options(String role, Provider provider, Settings settings) {
    String maxTokensKey = roleKey(role, "max-tokens");
    String seedKey = roleKey(role, "seed");
    String extraBodyKey = roleKey(role, "extra-body");
    return new GenerationOptions(
        settings.get(maxTokensKey).isPresent() ? OptionalInt.of(settings.getInt(maxTokensKey, 0, 1, Integer.MAX_VALUE)) : OptionalInt.empty(),
        settings.getDouble(roleKey(role, "temperature"), 0.0, 0.0, provider.maxTemperature()),
        settings.get(seedKey).isPresent() ? OptionalLong.of(settings.getLong(seedKey, 0)) : OptionalLong.empty(),
        settings.get(roleKey(role, "system-prompt")),
        settings.get(extraBodyKey).map(text -> Json.parseObject(text)
                .orElseThrow(() -> new InvalidConfigurationException("Configuration parameter '" + extraBodyKey + "' must be a JSON object")))
            .orElseGet(Json::object));
  }

  private static InvalidConfigurationException missing(String key, String what) {
    return new InvalidConfigurationException("Configuration parameter '" + key + "' must be set to " + what);
  }

  private static InvalidConfigurationException invalid(String key, String expected, String value) {
    return new InvalidConfigurationException(
        "Configuration parameter '" + key + "' must be " + expected + ", but was '" + value + "'");
  }
}
