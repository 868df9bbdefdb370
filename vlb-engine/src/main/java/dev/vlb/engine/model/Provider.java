package dev.vlb.engine.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The wire protocols a model endpoint can speak ({@code vlb.<role>.provider}). */
enum Provider {
  /** OpenAI chat completions, also served by vLLM, SGLang, TGI, Ollama, LMDeploy and DJL Serving. */
  OPENAI(new OpenAiProtocol()),
  ANTHROPIC(new AnthropicProtocol()),
  GEMINI(new GeminiProtocol());

  private final Protocol protocol;

  Provider(Protocol protocol) {
    this.protocol = protocol;
  }

  Protocol protocol() {
    return protocol;
  }

  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<Provider> byId(String id) {
    return Arrays.stream(values()).filter(provider -> provider.id().equalsIgnoreCase(id)).findFirst();
  }
}
