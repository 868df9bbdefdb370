package dev.vlb.engine.configuration;

import static dev.vlb.engine.configuration.ConfigurationKeys.CONTAMINATION_CANDIDATES;
import static dev.vlb.engine.configuration.ConfigurationKeys.CONTAMINATION_CORPUS;
import static dev.vlb.engine.configuration.ConfigurationKeys.CONTAMINATION_EMBEDDING_API_KEY_ENV;
import static dev.vlb.engine.configuration.ConfigurationKeys.CONTAMINATION_EMBEDDING_CONCURRENCY;
import static dev.vlb.engine.configuration.ConfigurationKeys.CONTAMINATION_EMBEDDING_NAME;
import static dev.vlb.engine.configuration.ConfigurationKeys.CONTAMINATION_EMBEDDING_THRESHOLD;
import static dev.vlb.engine.configuration.ConfigurationKeys.CONTAMINATION_EMBEDDING_TIMEOUT;
import static dev.vlb.engine.configuration.ConfigurationKeys.CONTAMINATION_EMBEDDING_URL;
import static dev.vlb.engine.configuration.ConfigurationKeys.CONTAMINATION_HAMMING_RADIUS;
import static dev.vlb.engine.configuration.ConfigurationKeys.CONTAMINATION_IMAGE_TEXT;
import static dev.vlb.engine.configuration.ConfigurationKeys.CONTAMINATION_INDEX_DIR;
import static dev.vlb.engine.configuration.ConfigurationKeys.CONTAMINATION_MIN_COVERAGE;
import static dev.vlb.engine.configuration.ConfigurationKeys.CONTAMINATION_MIN_INLIERS;
import static dev.vlb.engine.configuration.ConfigurationKeys.DEFAULT_TIMEOUT_SECONDS;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.apiguardian.api.API;

/**
 * The contamination check of {@code vlb.contamination.*}: which training corpus benchmark images are
 * compared with, how near a copy must be to count, and the optional semantic and image-text checks.
 *
 * @param corpus a folder of images or a JSONL manifest
 * @param indexDir where the corpus' hashes and embeddings are kept between runs
 * @param hammingRadius hash bits a near-duplicate candidate may differ in
 * @param candidates candidates compared by local features
 * @param minInliers feature matches a mapping needs to be trusted
 * @param minCoverage the share of a benchmark image a corpus image must reproduce to be flagged
 * @param embedding the semantic check's endpoint; empty when none is configured
 * @param imageText whether flagged images are checked with their question by the judge LVLM
 */
@API(status = INTERNAL, since = "0.1")
public record ContaminationConfiguration(Path corpus, Path indexDir, int hammingRadius, int candidates, int minInliers,
    double minCoverage, Optional<Embedding> embedding, boolean imageText) {

  /** The near-duplicate defaults, measured as {@code contamination.Thresholds} explains. */
  static final int DEFAULT_HAMMING_RADIUS = 10;
  static final int DEFAULT_CANDIDATES = 4;
  static final int DEFAULT_MIN_INLIERS = 10;
  static final double DEFAULT_MIN_COVERAGE = 0.5;
  /** The VLB paper's CLIP cosine threshold. */
  static final double DEFAULT_EMBEDDING_THRESHOLD = 0.9;

  /**
   * An OpenAI-compatible {@code /v1/embeddings} endpoint serving an image model.
   *
   * @param apiKeyEnv the environment variable holding its Bearer token (never the token)
   */
  public record Embedding(HttpUrl url, String name, Optional<String> apiKeyEnv, double threshold, int concurrency,
      Duration timeout) {

    public Embedding {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(apiKeyEnv, "apiKeyEnv");
    }
  }

  public ContaminationConfiguration {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(indexDir, "indexDir");
    Objects.requireNonNull(embedding, "embedding");
  }

  /**
   * The check configured in {@code settings}; empty when no corpus is set, and then any other
   * {@code vlb.contamination.*} key is refused, as it would do nothing.
   *
   * @param concurrency the run's {@code vlb.concurrency}, the embedding endpoint's default
   * @throws InvalidConfigurationException naming the key and the value
   */
  static Optional<ContaminationConfiguration> of(Settings settings, Path outputDir, int concurrency) {
    Optional<String> corpus = settings.get(CONTAMINATION_CORPUS);
    if (corpus.isEmpty()) {
      settings.asMap().keySet().stream()
          .filter(key -> key.startsWith("vlb.contamination.") && settings.get(key).isPresent())
          .sorted()
          .findFirst()
          .ifPresent(key -> {
            throw new InvalidConfigurationException(
                "Configuration parameter '" + key + "' needs '" + CONTAMINATION_CORPUS + "', the training corpus to check against");
          });
      return Optional.empty();
    }
    boolean imageText = settings.getBoolean(CONTAMINATION_IMAGE_TEXT, false);
    if (imageText && settings.get(ModelRole.JUDGE.key("url")).isEmpty()) {
      throw new InvalidConfigurationException("Configuration parameter '" + CONTAMINATION_IMAGE_TEXT
          + "' asks the judge LVLM: set " + ModelRole.JUDGE.key("url") + " and " + ModelRole.JUDGE.key("name"));
    }
    Path index = settings.get(CONTAMINATION_INDEX_DIR).map(Path::of).orElseGet(() -> outputDir.resolve("contamination"));
    return Optional.of(new ContaminationConfiguration(Path.of(corpus.get().trim()), index,
        settings.getInt(CONTAMINATION_HAMMING_RADIUS, DEFAULT_HAMMING_RADIUS, 0, Long.SIZE),
        settings.getInt(CONTAMINATION_CANDIDATES, DEFAULT_CANDIDATES, 1, 100),
        settings.getInt(CONTAMINATION_MIN_INLIERS, DEFAULT_MIN_INLIERS, 5, 10_000),
        settings.getDouble(CONTAMINATION_MIN_COVERAGE, DEFAULT_MIN_COVERAGE, Double.MIN_VALUE, 1),
        embedding(settings, concurrency), imageText));
  }

  private static Optional<Embedding> embedding(Settings settings, int concurrency) {
    Optional<HttpUrl> url = settings.getUrl(CONTAMINATION_EMBEDDING_URL);
    if (url.isEmpty()) {
      return Optional.empty();
    }
    String name = settings.get(CONTAMINATION_EMBEDDING_NAME).map(String::trim).filter(value -> !value.isEmpty())
        .orElseThrow(() -> new InvalidConfigurationException("Configuration parameter '" + CONTAMINATION_EMBEDDING_NAME
            + "' must be set with '" + CONTAMINATION_EMBEDDING_URL + "': the image embedding model it serves"));
    Duration timeout = settings.getDuration(CONTAMINATION_EMBEDDING_TIMEOUT, Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS));
    if (timeout.isZero()) {
      throw new InvalidConfigurationException("Configuration parameter '" + CONTAMINATION_EMBEDDING_TIMEOUT + "' must be positive");
    }
    return Optional.of(new Embedding(url.get(), name, settings.get(CONTAMINATION_EMBEDDING_API_KEY_ENV),
        settings.getDouble(CONTAMINATION_EMBEDDING_THRESHOLD, DEFAULT_EMBEDDING_THRESHOLD, Double.MIN_VALUE, 1),
        settings.getInt(CONTAMINATION_EMBEDDING_CONCURRENCY, concurrency, 1, 4096), timeout));
  }
}
