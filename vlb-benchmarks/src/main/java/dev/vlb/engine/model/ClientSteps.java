package dev.vlb.engine.model;

import dev.vlb.benchmarks.HotPathFixtures;
import dev.vlb.engine.configuration.Settings;
import java.util.Map;
import java.util.Optional;

/**
 * The model client's configuration and its steps from an encoded image and a prompt to a request body,
 * for the benchmarks. {@link HttpModelClient#ask} takes these steps inline and offers no seam for them,
 * so the two calls are repeated here: keep them as that method has them.
 */
final class ClientSteps {

  private ClientSteps() {}

  /** The model role configured as for a vLLM endpoint serving {@code model}: no key, no extra body. */
  static ClientConfig config(String model) {
    Settings settings = Settings.of(Map.of(
        "vlb.model.url", HotPathFixtures.BASE_URL,
        "vlb.model.name", model,
        "vlb.model.max-tokens", "64"));
    return ClientConfig.read("model", settings, variable -> null).orElseThrow();
  }

  /** The body {@link HttpModelClient#ask} builds: the protocol's tree, the extra body merged in, then bytes. */
  static JsonBody body(ClientConfig config, Optional<EncodedImage> image, String prompt) {
    Protocol protocol = config.provider().protocol();
    return JsonBody.of(Json.merge(protocol.body(config.model(), image, prompt, config.options()), config.options().extraBody()), image);
  }

  /** The model part of a cache key, as {@link HttpModelClient} derives it for every ask. */
  static String cacheModel(ClientConfig config) {
    return config.provider().id() + ":" + config.model();
  }
}
