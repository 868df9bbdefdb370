package dev.vlb.engine.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The wire protocols a model endpoint can speak ({@code vlb.<role>.provider}). */
enum Provider {
  /** OpenAI chat completions, also served by vLLM, SGLang, TGI, Ollama, LMDeploy and DJL Serving. */
  OPENAI(new OpenAiProtocol(), 2.0),
  ANTHROPIC(new AnthropicProtocol(), 1.0),
  GEMINI(new GeminiProtocol(), 2.0);

  private final Protocol protocol;
  private final double maxTemperature;

  Provider(Protocol protocol, double maxTemperature) {
    this.protocol = protocol;
    this.maxTemperature = maxTemperature;
  }

  Protocol protocol() {
    return protocol;
  }

  /** The highest temperature the API accepts; a higher one would fail every request with a 400. */
  double maxTemperature() {
    return maxTemperature;
  }

  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<Provider> byId(String id) {
    return Arrays.stream(values()).filter(provider -> provider.id().equalsIgnoreCase(id)).findFirst();
  }
}
