package dev.vlb.engine.model;

import dev.vlb.benchmarks.HotPathFixtures;
import dev.vlb.engine.configuration.Settings;
import java.util.Map;
import java.util.Optional;

/** The model client's configuration as the benchmarks use it; its body and cache key are the client's own. */
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

  /** The body {@link HttpModelClient#ask} sends. */
  static JsonBody body(ClientConfig config, Optional<EncodedImage> image, String prompt) {
    return config.requestBody(image, prompt);
  }
}
