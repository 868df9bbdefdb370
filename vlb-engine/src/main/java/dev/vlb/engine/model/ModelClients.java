package dev.vlb.engine.model;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.VisionLanguageModel;
import dev.vlb.engine.configuration.InvalidConfigurationException;
import dev.vlb.engine.configuration.Settings;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Creates the HTTP client for a model role from {@code vlb.<role>.*} settings. Every model it creates
 * is a {@link RemoteModel}, so the engine can ask it for its {@link CallStatistics}.
 */
@API(status = INTERNAL, since = "0.1")
public final class ModelClients {

  private ModelClients() {}

  /**
   * The client for a role, reading the API key from the process environment.
   *
   * @param role one of {@code model}, {@code judge}, {@code planner}, {@code grader}
   * @return empty when {@code vlb.<role>.url} is unset: the embedded implementation then serves
   * @throws InvalidConfigurationException naming the key that is missing or bad
   */
  public static Optional<VisionLanguageModel> create(String role, Settings settings) {
    return create(role, settings, System::getenv);
  }

  /** As {@link #create(String, Settings)}, with the environment variables looked up by {@code environment}. */
  public static Optional<VisionLanguageModel> create(String role, Settings settings, Function<String, String> environment) {
    return ClientConfig.read(role, settings, environment)
        .map(config -> new HttpModelClient(config, ResponseCache.of(config.cacheDir())));
  }
}
