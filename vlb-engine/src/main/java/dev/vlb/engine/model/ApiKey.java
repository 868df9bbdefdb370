package dev.vlb.engine.model;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.engine.configuration.InvalidConfigurationException;
import dev.vlb.engine.configuration.Settings;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/** An API key read from the environment. It prints as a mask so that no log or message can carry it. */
@API(status = INTERNAL, since = "0.1")
public final class ApiKey {

  private static final ApiKey NONE = new ApiKey("");

  private final String value;

  private ApiKey(String value) {
    this.value = value;
  }

  static ApiKey of(String value) {
    return value == null || value.isEmpty() ? NONE : new ApiKey(value);
  }

  /**
   * The key in the environment variable that configuration parameter {@code key} names; none when the
   * parameter is unset.
   *
   * @throws InvalidConfigurationException when the variable named is not set
   */
  public static ApiKey fromEnvironment(String key, Settings settings, Function<String, String> environment) {
    Optional<String> variable = settings.get(key);
    if (variable.isEmpty()) {
      return NONE;
    }
    String value = environment.apply(variable.get());
    if (value == null || value.isBlank()) {
      throw new InvalidConfigurationException(
          "Environment variable '" + variable.get() + "' named by configuration parameter '" + key + "' is not set");
    }
    return of(value.trim());
  }

  /** The key for a request header; empty when the endpoint needs none (a local vLLM or Ollama). */
  public Optional<String> value() {
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
