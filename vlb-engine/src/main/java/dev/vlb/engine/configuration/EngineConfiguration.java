package dev.vlb.engine.configuration;

import static dev.vlb.engine.configuration.ConfigurationKeys.CONCURRENCY;
import static dev.vlb.engine.configuration.ConfigurationKeys.DEFAULT_CONCURRENCY;
import static dev.vlb.engine.configuration.ConfigurationKeys.DEFAULT_GATE_MIN_PASS_RATE_ON;
import static dev.vlb.engine.configuration.ConfigurationKeys.DEFAULT_GATE_MIN_SAMPLE;
import static dev.vlb.engine.configuration.ConfigurationKeys.DEFAULT_GRADER_SEND_IMAGE;
import static dev.vlb.engine.configuration.ConfigurationKeys.DEFAULT_IMAGE_MAX_PIXELS;
import static dev.vlb.engine.configuration.ConfigurationKeys.DEFAULT_JUDGE_MAX_ATTEMPTS;
import static dev.vlb.engine.configuration.ConfigurationKeys.DEFAULT_OUTPAINT_RATIO;
import static dev.vlb.engine.configuration.ConfigurationKeys.DEFAULT_OUTPUT_DIR;
import static dev.vlb.engine.configuration.ConfigurationKeys.DEFAULT_PLANNER_MAX_ASKS;
import static dev.vlb.engine.configuration.ConfigurationKeys.DEFAULT_SUMMARY_CONSOLE;
import static dev.vlb.engine.configuration.ConfigurationKeys.DEFAULT_VARIANTS;
import static dev.vlb.engine.configuration.ConfigurationKeys.GATE_MIN_PASS_RATE_ON;
import static dev.vlb.engine.configuration.ConfigurationKeys.GATE_MIN_SAMPLE;
import static dev.vlb.engine.configuration.ConfigurationKeys.GRADER_SEND_IMAGE;
import static dev.vlb.engine.configuration.ConfigurationKeys.IMAGE_MAX_PIXELS;
import static dev.vlb.engine.configuration.ConfigurationKeys.JUDGE_MAX_ATTEMPTS;
import static dev.vlb.engine.configuration.ConfigurationKeys.LIMIT;
import static dev.vlb.engine.configuration.ConfigurationKeys.MAX_OUTPAINT_RATIO;
import static dev.vlb.engine.configuration.ConfigurationKeys.OUTPAINT_RATIO;
import static dev.vlb.engine.configuration.ConfigurationKeys.PLANNER_MAX_ASKS;
import static dev.vlb.engine.configuration.ConfigurationKeys.OUTPUT_DIR;
import static dev.vlb.engine.configuration.ConfigurationKeys.SEED;
import static dev.vlb.engine.configuration.ConfigurationKeys.SUMMARY_CONSOLE;
import static dev.vlb.engine.configuration.ConfigurationKeys.VARIANTS;
import static dev.vlb.engine.configuration.ConfigurationKeys.VARIANTS_DIR;
import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.DatasetSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The run-wide configuration, read and validated once when the engine discovers, and kept on the
 * engine descriptor for execution. Model roles read their own {@code vlb.<role>.*} keys from
 * {@link #settings()} when the role is first used.
 *
 * @param concurrency in-flight model requests per endpoint
 * @param plannerMaxAsks how many times the planner is asked for one usable plan
 * @param limit overrides every suite's {@code limit} when present
 * @param seed overrides every suite's {@code seed} when present
 * @param imageMaxPixels the largest image a dataset may decode
 * @param outpaintRatio the canvas scale of V3
 * @param graderSendImage whether the grader of open-ended answers is sent the image too
 * @param editor the image editor of real photographs
 * @param variants what the run does with the variant store
 * @param variantsDir the variant store's directory
 * @param gateMinSample the fewest answered variants a row needs before {@code @Gate} judges it
 * @param gateOnLowerBound whether {@code @Gate(minPassRate)} applies to the Wilson 95% lower bound
 * @param contamination the contamination check; empty when no training corpus is configured
 */
@API(status = INTERNAL, since = "0.1")
public record EngineConfiguration(
    Settings settings,
    int concurrency,
    Path outputDir,
    boolean summaryConsole,
    int judgeMaxAttempts,
    int plannerMaxAsks,
    OptionalInt limit,
    OptionalLong seed,
    int imageMaxPixels,
    double outpaintRatio,
    boolean graderSendImage,
    EditorConfiguration editor,
    VariantReuse variants,
    Path variantsDir,
    int gateMinSample,
    boolean gateOnLowerBound,
    Optional<ContaminationConfiguration> contamination) {

  /**
   * @throws InvalidConfigurationException naming the key and the value
   */
  public static EngineConfiguration from(ConfigurationParameters parameters) {
    return of(Settings.from(parameters));
  }

  /**
   * @throws InvalidConfigurationException naming the key and the value
   */
  public static EngineConfiguration of(Settings settings) {
    int limit = settings.getInt(LIMIT, 0, 0, Integer.MAX_VALUE);
    Path outputDir = Path.of(settings.get(OUTPUT_DIR, DEFAULT_OUTPUT_DIR));
    int concurrency = settings.getInt(CONCURRENCY, DEFAULT_CONCURRENCY, 1, 4096);
    return new EngineConfiguration(
        settings,
        concurrency,
        outputDir,
        settings.getBoolean(SUMMARY_CONSOLE, DEFAULT_SUMMARY_CONSOLE),
        settings.getInt(JUDGE_MAX_ATTEMPTS, DEFAULT_JUDGE_MAX_ATTEMPTS, 1, 100),
        settings.getInt(PLANNER_MAX_ASKS, DEFAULT_PLANNER_MAX_ASKS, 1, 100),
        limit > 0 ? OptionalInt.of(limit) : OptionalInt.empty(),
        settings.get(SEED).isPresent() ? OptionalLong.of(settings.getLong(SEED, 0)) : OptionalLong.empty(),
        settings.getInt(IMAGE_MAX_PIXELS, DEFAULT_IMAGE_MAX_PIXELS, 1, Integer.MAX_VALUE),
        settings.getDouble(OUTPAINT_RATIO, DEFAULT_OUTPAINT_RATIO, 1.0, MAX_OUTPAINT_RATIO),
        settings.getBoolean(GRADER_SEND_IMAGE, DEFAULT_GRADER_SEND_IMAGE),
        EditorConfiguration.of(settings),
        VariantReuse.of(settings.get(VARIANTS, DEFAULT_VARIANTS)),
        settings.get(VARIANTS_DIR).map(Path::of).orElseGet(() -> outputDir.resolve("variants")),
        settings.getInt(GATE_MIN_SAMPLE, DEFAULT_GATE_MIN_SAMPLE, 1, Integer.MAX_VALUE),
        gateOnLowerBound(settings.get(GATE_MIN_PASS_RATE_ON, DEFAULT_GATE_MIN_PASS_RATE_ON)),
        ContaminationConfiguration.of(settings, outputDir, concurrency));
  }

  private static boolean gateOnLowerBound(String value) {
    return switch (value) {
      case "point" -> false;
      case "lower-bound" -> true;
      default -> throw new InvalidConfigurationException(
          GATE_MIN_PASS_RATE_ON + " must be 'point' or 'lower-bound', was '" + value + "'");
    };
  }

  /** What a suite asks of its dataset, with the run-wide image options. */
  public DatasetSource datasetSource(String location, int limit, long seed) {
    return new DatasetSource(location, limit, seed, imageMaxPixels, outpaintRatio);
  }

  /** What a user should hear about the keys that were set: the unknown ones, with the known key meant. */
  public List<String> warnings() {
    return settings.asMap().keySet().stream()
        .filter(key -> !ConfigurationKeys.known().contains(key))
        .map(EngineConfiguration::warning)
        .toList();
  }

  private static String warning(String key) {
    return "Unknown configuration parameter '" + key + "'"
        + ConfigurationKeys.closestKnown(key).map(known -> "; did you mean '" + known + "'?").orElse("");
  }
}
