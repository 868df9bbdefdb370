package dev.vlb.engine.model;

import static dev.vlb.engine.model.ModelFixtures.API_KEY;
import static dev.vlb.engine.model.ModelFixtures.ENVIRONMENT;
import static dev.vlb.engine.model.ModelFixtures.KEY_VARIABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.spi.VisionLanguageModel;
import dev.vlb.engine.configuration.InvalidConfigurationException;
import dev.vlb.engine.configuration.Settings;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelClientsTests {

  @Test
  void leavesARoleToTheEmbeddedDefaultWhenItsUrlIsUnset() {
    Settings settings = Settings.of(Map.of("vlb.model.url", "http://gpu-1:8000", "vlb.model.name", "qwen2-vl"));

    assertThat(ModelClients.create("judge", settings, ENVIRONMENT)).isEmpty();
    assertThat(ModelClients.create("model", settings, ENVIRONMENT)).isPresent();
  }

  @Test
  void namesTheModelByModelAndEndpointWithoutCredentials() {
    try (VisionLanguageModel model = create("planner", "vlb.planner.url", "http://user:secret@gpu-1:8000/?token=x",
        "vlb.planner.name", "internvl2").orElseThrow()) {
      assertThat(model.name()).isEqualTo("internvl2@http://gpu-1:8000");
      assertThat(model).isInstanceOf(RemoteModel.class);
      assertThat(((RemoteModel) model).statistics()).isEqualTo(CallStatistics.NONE);
    }
  }

  @Test
  void namesEveryLoadBalancedEndpoint() {
    try (VisionLanguageModel model = create("model", "vlb.model.url", "http://gpu-1:8000/v1, http://gpu-2:8000/v1",
        "vlb.model.name", "qwen2-vl").orElseThrow()) {
      assertThat(model.name()).isEqualTo("qwen2-vl@http://gpu-1:8000/v1,http://gpu-2:8000/v1");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      vlb.model.name     |                   | Configuration parameter 'vlb.model.name' must be set to the model name the openai endpoint serves
      vlb.model.url      | gpu-1:8000        | Configuration parameter 'vlb.model.url' must be one or more http(s) URLs separated by commas, but was 'gpu-1:8000'
      vlb.model.provider | mistral           | Configuration parameter 'vlb.model.provider' must be openai, anthropic or gemini, but was 'mistral'
      vlb.model.timeout  | 0s                | Configuration parameter 'vlb.model.timeout' must be a positive duration, but was '0s'
      vlb.model.temperature | hot            | Configuration parameter 'vlb.model.temperature' must be a number, but was 'hot'
      vlb.model.extra-body | [1, 2]          | Configuration parameter 'vlb.model.extra-body' must be a JSON object
      vlb.concurrency    | 0                 | Configuration parameter 'vlb.concurrency' must be an integer from 1 to 4096, but was '0'
      """)
  void rejectsAMissingOrBadValueNamingTheKey(String key, String value, String message) {
    Map<String, String> values = new HashMap<>(Map.of("vlb.model.url", "http://gpu-1:8000", "vlb.model.name", "qwen2-vl"));
    values.put(key, value == null ? "" : value);

    assertThatThrownBy(() -> ModelClients.create("model", Settings.of(values), ENVIRONMENT))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessage(message);
  }

  @Test
  void rejectsATemperatureOutsideAnthropicsRangeWhenTheClientIsCreated() {
    assertThatThrownBy(() -> create("judge", "vlb.judge.url", "https://api.anthropic.com", "vlb.judge.provider", "anthropic",
        "vlb.judge.name", "claude-sonnet-4-5", "vlb.judge.temperature", "1.5"))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessage("Configuration parameter 'vlb.judge.temperature' must be a number from 0.0 to 1.0, but was '1.5'");
    try (VisionLanguageModel model = create("judge", "vlb.judge.url", "http://gpu-1:8000", "vlb.judge.name", "qwen2-vl",
        "vlb.judge.temperature", "1.5").orElseThrow()) {
      assertThat(model.name()).isEqualTo("qwen2-vl@http://gpu-1:8000");
    }
  }

  @Test
  void rejectsAnUnsetKeyVariableNamingItButNeverAKey() {
    Settings settings = Settings.of(Map.of(
        "vlb.grader.url", "https://api.anthropic.com",
        "vlb.grader.provider", "anthropic",
        "vlb.grader.name", "claude-sonnet-4-5",
        "vlb.grader.api-key-env", "ANTHROPIC_API_KEY"));

    assertThatThrownBy(() -> ModelClients.create("grader", settings, Map.of(KEY_VARIABLE, API_KEY)::get))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessage("Environment variable 'ANTHROPIC_API_KEY' named by configuration parameter 'vlb.grader.api-key-env' is not set");
  }

  @Test
  void rejectsAnUnknownRole() {
    assertThatThrownBy(() -> ModelClients.create("critic", Settings.of(Map.of()), ENVIRONMENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown model role 'critic', expected one of [model, judge, planner, grader]");
  }

  private static Optional<VisionLanguageModel> create(String role, String... keyValues) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      values.put(keyValues[i], keyValues[i + 1]);
    }
    return ModelClients.create(role, Settings.of(values), ENVIRONMENT);
  }
}
