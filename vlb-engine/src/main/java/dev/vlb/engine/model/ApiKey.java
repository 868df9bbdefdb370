package dev.vlb.engine.model;

import java.util.Optional;

/** An API key read from the environment. It prints as a mask so that no log or message can carry it. */
final class ApiKey {

  private static final ApiKey NONE = new ApiKey("");

  private final String value;

  private ApiKey(String value) {
    this.value = value;
  }

  static ApiKey none() {
    return NONE;
  }

  static ApiKey of(String value) {
    return value == null || value.isEmpty() ? NONE : new ApiKey(value);
  }

  /** The key for a request header; empty when the endpoint needs none (a local vLLM or Ollama). */
  Optional<String> value() {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  Redactor redactor() {
    return Redactor.of(value);
  }

  @Override
  public String toString() {
    return value.isEmpty() ? "none" : Redactor.MASK;
  }
}
