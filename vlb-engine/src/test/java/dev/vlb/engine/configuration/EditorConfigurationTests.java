package dev.vlb.engine.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.engine.configuration.EditorConfiguration.Kind;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class EditorConfigurationTests {

  @Test
  void unsetIsTheOpenCvPainter() {
    EditorConfiguration editor = EditorConfiguration.of(Settings.of(Map.of()));

    assertThat(editor).isEqualTo(new EditorConfiguration(Kind.OPENCV, Optional.empty(), Optional.empty(),
        Duration.ofSeconds(120), Optional.empty(), 8));
  }

  @Test
  void openAiImagesNeedsTheImageModelAndDefaultsToOpenAisUrl() {
    EditorConfiguration editor = EditorConfiguration.of(Settings.of(Map.of(
        "vlb.editor", "openai-images", "vlb.editor.name", "gpt-image-1", "vlb.editor.api-key-env", "OPENAI_API_KEY")));

    assertThat(editor.kind()).isEqualTo(Kind.OPENAI_IMAGES);
    assertThat(editor.url()).contains(HttpUrl.get("https://api.openai.com/"));
    assertThat(editor.name()).contains("gpt-image-1");
    assertThat(editor.apiKeyEnv()).contains("OPENAI_API_KEY");
    assertThatThrownBy(() -> EditorConfiguration.of(Settings.of(Map.of("vlb.editor", "openai-images"))))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessage("Configuration parameter 'vlb.editor.name' must be set when 'vlb.editor' is openai-images: "
            + "the image model, e.g. gpt-image-1");
  }

  @Test
  void iopaintNeedsAUrl() {
    EditorConfiguration editor = EditorConfiguration.of(Settings.of(Map.of(
        "vlb.editor", "iopaint", "vlb.editor.url", "http://gpu-1:8080", "vlb.editor.timeout", "30s")));

    assertThat(editor.url()).contains(HttpUrl.get("http://gpu-1:8080/"));
    assertThat(editor.name()).isEmpty();
    assertThat(editor.timeout()).isEqualTo(Duration.ofSeconds(30));
    assertThatThrownBy(() -> EditorConfiguration.of(Settings.of(Map.of("vlb.editor", "IOPaint"))))
        .hasMessage("Configuration parameter 'vlb.editor.url' must be set when 'vlb.editor' is iopaint");
  }

  /** A model server's raised concurrency would only queue requests at an image server that paints one at a time. */
  @Test
  void concurrencyIsItsOwnWithTheGlobalDefaultNotTheGlobalValue() {
    Map<String, String> remote = Map.of("vlb.editor", "iopaint", "vlb.editor.url", "http://gpu-1:8080");

    assertThat(EditorConfiguration.of(Settings.of(with(remote, "vlb.concurrency", "64"))).concurrency()).isEqualTo(8);
    assertThat(EditorConfiguration.of(Settings.of(with(remote, "vlb.editor.concurrency", "2"))).concurrency()).isEqualTo(2);
    assertThatThrownBy(() -> EditorConfiguration.of(Settings.of(with(remote, "vlb.editor.concurrency", "0"))))
        .hasMessage("Configuration parameter 'vlb.editor.concurrency' must be an integer from 1 to 4096, but was '0'");
  }

  @Test
  void theNewKeysAreKnown() {
    assertThat(ConfigurationKeys.known()).contains("vlb.editor.name", "vlb.editor.concurrency");
  }

  private static Map<String, String> with(Map<String, String> settings, String key, String value) {
    Map<String, String> more = new HashMap<>(settings);
    more.put(key, value);
    return more;
  }
}
