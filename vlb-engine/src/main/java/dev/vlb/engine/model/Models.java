package dev.vlb.engine.model;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.VisionLanguageModel;
import dev.vlb.engine.configuration.ModelRole;
import dev.vlb.engine.configuration.Settings;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The models of one run, by role: each is created from its {@code vlb.<role>.*} configuration when
 * first asked for, shared by every suite, and closed with the run.
 */
@API(status = INTERNAL, since = "0.1")
public final class Models implements AutoCloseable {

  private final Settings settings;
  private final ClassLoader classLoader;
  private final Function<String, String> environment;
  private final Map<ModelRole, Optional<VisionLanguageModel>> byRole = new EnumMap<>(ModelRole.class);

  private Models(Settings settings, ClassLoader classLoader, Function<String, String> environment) {
    this.settings = settings;
    this.classLoader = classLoader;
    this.environment = environment;
  }

  /** API keys are read from the process environment. */
  public static Models of(Settings settings, ClassLoader classLoader) {
    return new Models(settings, classLoader, System::getenv);
  }

  /**
   * The client configured for a role.
   *
   * @return empty when {@code vlb.<role>.url} is unset
   * @throws dev.vlb.engine.configuration.InvalidConfigurationException naming the key that is missing or bad
   */
  public synchronized Optional<VisionLanguageModel> configured(ModelRole role) {
    Optional<VisionLanguageModel> model = byRole.get(role);
    if (model == null) {
      model = ModelClients.create(role.id(), settings, environment);
      byRole.put(role, model);
    }
    return model;
  }

  /** The configured model under test, or else the embedded one registered as {@link EmbeddedModel}. */
  public synchronized VisionLanguageModel modelUnderTest() {
    return configured(ModelRole.MODEL).orElseGet(() -> {
      VisionLanguageModel embedded = ServiceLoader.load(EmbeddedModel.class, classLoader).findFirst()
          .orElseThrow(() -> new IllegalStateException(
              "No model under test: set vlb.model.url, or put vlb-engine's embedded model on the class path"))
          .create();
      byRole.put(ModelRole.MODEL, Optional.of(embedded));
      return embedded;
    });
  }

  /** The models of this run that were reached over HTTP, by role, with what they cost so far. */
  public synchronized Map<ModelRole, RemoteModel> remote() {
    Map<ModelRole, RemoteModel> remote = new LinkedHashMap<>();
    byRole.forEach((role, model) -> model
        .filter(RemoteModel.class::isInstance)
        .ifPresent(client -> remote.put(role, (RemoteModel) client)));
    return remote;
  }

  @Override
  public synchronized void close() {
    byRole.values().forEach(model -> model.ifPresent(VisionLanguageModel::close));
  }
}
