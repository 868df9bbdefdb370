package dev.vlb.engine.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.engine.contamination.Thresholds;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class ContaminationConfigurationTests {

  private static final Map<String, String> CORPUS = Map.of("vlb.contamination.corpus", "/data/corpus");

  @Test
  void noCorpusIsNoCheck() {
    assertThat(EngineConfiguration.of(Settings.of(Map.of())).contamination()).isEmpty();
  }

  @Test
  void aCorpusAloneIsTheNearDuplicateCheckWithTheMeasuredDefaultsAndAnIndexUnderTheOutput() {
    ContaminationConfiguration check = of(with(CORPUS, "vlb.output.dir", "build/vlb"));

    assertThat(check.corpus()).isEqualTo(Path.of("/data/corpus"));
    assertThat(check.indexDir()).isEqualTo(Path.of("build/vlb/contamination"));
    assertThat(new Thresholds(check.hammingRadius(), check.candidates(), check.minInliers(), check.minCoverage()))
        .isEqualTo(Thresholds.DEFAULTS);
    assertThat(check.embedding()).isEmpty();
    assertThat(check.imageText()).isFalse();
  }

  @Test
  void theEmbeddingEndpointTakesTheRunsConcurrencyAndThePapersThreshold() {
    Map<String, String> keys = new HashMap<>(CORPUS);
    keys.putAll(Map.of("vlb.contamination.embedding.url", "http://gpu-1:8000/v1",
        "vlb.contamination.embedding.name", "openai/clip-vit-large-patch14",
        "vlb.contamination.embedding.api-key-env", "CLIP_KEY", "vlb.concurrency", "32"));

    ContaminationConfiguration.Embedding embedding = of(keys).embedding().orElseThrow();

    assertThat(embedding).isEqualTo(new ContaminationConfiguration.Embedding(HttpUrl.get("http://gpu-1:8000/v1"),
        "openai/clip-vit-large-patch14", Optional.of("CLIP_KEY"), 0.9, 32, Duration.ofSeconds(60)));
  }

  @Test
  void badValuesAndKeysThatWouldDoNothingFailNamingTheKey() {
    assertThatThrownBy(() -> of(Map.of("vlb.contamination.embedding.url", "http://gpu-1:8000/v1")))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessage("Configuration parameter 'vlb.contamination.embedding.url' needs 'vlb.contamination.corpus', "
            + "the training corpus to check against");
    assertThatThrownBy(() -> of(with(CORPUS, "vlb.contamination.embedding.url", "http://gpu-1:8000/v1")))
        .hasMessage("Configuration parameter 'vlb.contamination.embedding.name' must be set with "
            + "'vlb.contamination.embedding.url': the image embedding model it serves");
    assertThatThrownBy(() -> of(with(CORPUS, "vlb.contamination.embedding.url", "gpu-1:8000")))
        .hasMessage("Configuration parameter 'vlb.contamination.embedding.url' must be an http or https URL, but was 'gpu-1:8000'");
    assertThatThrownBy(() -> of(with(CORPUS, "vlb.contamination.min-coverage", "0")))
        .hasMessageStartingWith("Configuration parameter 'vlb.contamination.min-coverage' must be a number from");
    assertThatThrownBy(() -> of(with(CORPUS, "vlb.contamination.min-inliers", "4")))
        .hasMessage("Configuration parameter 'vlb.contamination.min-inliers' must be an integer from 5 to 10000, but was '4'");
    assertThatThrownBy(() -> of(with(CORPUS, "vlb.contamination.image-text", "true")))
        .hasMessage("Configuration parameter 'vlb.contamination.image-text' asks the judge LVLM: set vlb.judge.url and vlb.judge.name");
  }

  @Test
  void everyContaminationKeyIsKnown() {
    assertThat(ConfigurationKeys.known()).contains("vlb.contamination.corpus", "vlb.contamination.index.dir",
        "vlb.contamination.embedding.threshold", "vlb.contamination.image-text");
    assertThat(EngineConfiguration.of(Settings.of(with(CORPUS, "vlb.contamination.min-coverage", "0.6"))).warnings())
        .isEmpty();
  }

  private static ContaminationConfiguration of(Map<String, String> keys) {
    return EngineConfiguration.of(Settings.of(keys)).contamination().orElseThrow();
  }

  private static Map<String, String> with(Map<String, String> keys, String key, String value) {
    Map<String, String> more = new HashMap<>(keys);
    more.put(key, value);
    return more;
  }
}
