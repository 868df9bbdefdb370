package dev.vlb.engine.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTests {

  @Test
  void readsTypedValuesWithDefaults() {
    Settings settings = Settings.of(Map.of(
        "vlb.concurrency", "16", "vlb.model.timeout", "1500ms", "vlb.cache.enabled", "off", "vlb.outpaint.ratio", "2.0"));

    assertThat(settings.getInt("vlb.concurrency", 8, 1, 4096)).isEqualTo(16);
    assertThat(settings.getInt("vlb.judge.max-attempts", 5, 1, 100)).isEqualTo(5);
    assertThat(settings.getDuration("vlb.model.timeout", Duration.ofSeconds(60))).isEqualTo(Duration.ofMillis(1500));
    assertThat(settings.getBoolean("vlb.cache.enabled", true)).isFalse();
    assertThat(settings.getDouble("vlb.outpaint.ratio", 1.5, 1.0, 4.0)).isEqualTo(2.0);
  }

  @Test
  void rejectsInvalidValuesNamingKeyValueAndWhatWasExpected() {
    Settings settings = Settings.of(Map.of("vlb.concurrency", "lots", "vlb.judge.max-attempts", "0"));

    assertThatThrownBy(() -> settings.getInt("vlb.concurrency", 8, 1, 4096))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessage("Configuration parameter 'vlb.concurrency' must be an integer, but was 'lots'");
    assertThatThrownBy(() -> settings.getInt("vlb.judge.max-attempts", 5, 1, 100))
        .hasMessage("Configuration parameter 'vlb.judge.max-attempts' must be an integer from 1 to 100, but was '0'");
  }

  @Test
  void suggestsTheClosestKnownKeyAndRedactsSecrets() {
    assertThat(ConfigurationKeys.closestKnown("vlb.modle.url")).contains("vlb.model.url");
    assertThat(ConfigurationKeys.closestKnown("vlb.concurency")).contains("vlb.concurrency");
    assertThat(ConfigurationKeys.closestKnown("vlb.something-else-entirely")).isEmpty();
    assertThat(ConfigurationKeys.redact(Map.of("vlb.model.api-key", "sk-123", "vlb.model.api-key-env", "OPENAI_API_KEY")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("vlb.model.api-key", "****", "vlb.model.api-key-env", "OPENAI_API_KEY"));
  }
}
