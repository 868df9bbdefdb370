package dev.vlb.engine.configuration;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Every {@code vlb.*} configuration key, in one place. Set them in {@code junit-platform.properties},
 * as {@code -D} system properties, or in Surefire's {@code configurationParameters}. Unset means the
 * embedded default.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ConfigurationKeys {

  public static final String PREFIX = "vlb.";

  /** The roles a model can play; each is configured under {@code vlb.<role>.*}. */
  public static final List<String> MODEL_ROLES = Arrays.stream(ModelRole.values()).map(ModelRole::id).toList();

  /**
   * Keys every model role accepts, e.g. {@code vlb.model.url}:
   * <ul>
   *   <li>{@code url}: base URL(s) of the endpoint, comma-separated to load-balance; unset = embedded
   *   <li>{@code provider}: {@code openai} (default; vLLM, SGLang, TGI, Ollama, LMDeploy, DJL Serving),
   *       {@code anthropic} or {@code gemini}
   *   <li>{@code name}: the model name sent to the server
   *   <li>{@code api-key-env}: the name of the environment variable holding the API key (never the key)
   *   <li>{@code timeout}: per-request timeout, default {@value #DEFAULT_TIMEOUT_SECONDS}s
   *   <li>{@code max-tokens}, {@code temperature} (default 0), {@code seed}, {@code system-prompt}
   *   <li>{@code extra-body}: a JSON object merged into every request body
   *   <li>{@code concurrency}: in-flight requests per endpoint, default {@code vlb.concurrency}
   *   <li>{@code max-retries}: retries on connection errors, 408, 429 and 5xx, default {@value #DEFAULT_MAX_RETRIES}
   * </ul>
   */
  public static final List<String> MODEL_ROLE_SUFFIXES =
      List.of(
          "url",
          "provider",
          "name",
          "api-key-env",
          "timeout",
          "max-tokens",
          "temperature",
          "seed",
          "system-prompt",
          "extra-body",
          "concurrency",
          "max-retries");

  public static final int DEFAULT_TIMEOUT_SECONDS = 60;

  public static final int DEFAULT_MAX_RETRIES = 4;

  /** In-flight model requests per endpoint. Default {@value #DEFAULT_CONCURRENCY}. */
  public static final String CONCURRENCY = "vlb.concurrency";

  public static final int DEFAULT_CONCURRENCY = 8;

  /** Directory of the on-disk response cache. Default {@value #DEFAULT_CACHE_DIR}. */
  public static final String CACHE_DIR = "vlb.cache.dir";

  public static final String DEFAULT_CACHE_DIR = "target/vlb/cache";

  /** Whether model replies are cached on disk and reused. Default {@value #DEFAULT_CACHE_ENABLED}. */
  public static final String CACHE_ENABLED = "vlb.cache.enabled";

  public static final boolean DEFAULT_CACHE_ENABLED = true;

  /** Consecutive failures after which an endpoint is considered down for the run. Default {@value #DEFAULT_CIRCUIT_BREAKER_THRESHOLD}. */
  public static final String CIRCUIT_BREAKER_THRESHOLD = "vlb.circuit-breaker.threshold";

  public static final int DEFAULT_CIRCUIT_BREAKER_THRESHOLD = 10;

  /** Where results.jsonl and summary.md are written. Default {@value #DEFAULT_OUTPUT_DIR}. */
  public static final String OUTPUT_DIR = "vlb.output.dir";

  public static final String DEFAULT_OUTPUT_DIR = "target/vlb";

  /** Generations a variant gets before it is reported as not generated. Default {@value #DEFAULT_JUDGE_MAX_ATTEMPTS}. */
  public static final String JUDGE_MAX_ATTEMPTS = "vlb.judge.max-attempts";

  public static final int DEFAULT_JUDGE_MAX_ATTEMPTS = 5;

  /**
   * {@value}: how many times the planner is asked for one plan when its replies are unusable (bad JSON,
   * a box outside the image, a leak of the answer). Default {@value #DEFAULT_PLANNER_MAX_ASKS}.
   */
  public static final String PLANNER_MAX_ASKS = "vlb.planner.max-asks";

  public static final int DEFAULT_PLANNER_MAX_ASKS = 3;

  /**
   * {@value}: what a run does with the variant store: {@code reuse} (default: use stored variants,
   * generate and store what is missing), {@code regenerate}, {@code frozen} (only stored variants, e.g.
   * an imported set) or {@code off}.
   */
  public static final String VARIANTS = "vlb.variants";

  public static final String DEFAULT_VARIANTS = "reuse";

  /** {@value}: the variant store's directory. Default: {@code variants} under {@code vlb.output.dir}. */
  public static final String VARIANTS_DIR = "vlb.variants.dir";

  /** Overrides the {@code limit} of every {@code @Benchmark} (0 = as annotated). */
  public static final String LIMIT = "vlb.limit";

  /** Overrides the {@code seed} of every {@code @Benchmark}. */
  public static final String SEED = "vlb.seed";

  /**
   * Outpainting ratio of V3 (canvas scale), default {@value #DEFAULT_OUTPAINT_RATIO}; 1.25 / 1.5 / 2.0
   * are the difficulty steps.
   */
  public static final String OUTPAINT_RATIO = "vlb.outpaint.ratio";

  public static final double DEFAULT_OUTPAINT_RATIO = 1.5;

  /** The largest outpainting ratio accepted. */
  public static final double MAX_OUTPAINT_RATIO = 4.0;

  /**
   * {@value}: what edits real photographs: unset or {@code opencv} for the built-in OpenCV painter,
   * {@code iopaint} for an IOPaint server at {@link #EDITOR_URL}, {@code openai-images} for an
   * images-edit API ({@code POST <url>/v1/images/edits}) with the image model {@link #EDITOR_NAME}.
   */
  public static final String EDITOR = "vlb.editor";

  /**
   * {@value}: the editor's base URL, e.g. {@code http://gpu-1:8080}; required with {@code iopaint},
   * {@value #DEFAULT_OPENAI_IMAGES_URL} by default with {@code openai-images}.
   */
  public static final String EDITOR_URL = "vlb.editor.url";

  public static final String DEFAULT_OPENAI_IMAGES_URL = "https://api.openai.com";

  /** {@value}: the image model of {@code openai-images}, e.g. {@code gpt-image-1}; required with it. */
  public static final String EDITOR_NAME = "vlb.editor.name";

  /** {@value}: timeout of one request to the editor. Default {@value #DEFAULT_EDITOR_TIMEOUT_SECONDS}s. */
  public static final String EDITOR_TIMEOUT = "vlb.editor.timeout";

  public static final int DEFAULT_EDITOR_TIMEOUT_SECONDS = 120;

  /** {@value}: the environment variable holding a token sent as a Bearer header to the editor (never the token). */
  public static final String EDITOR_API_KEY_ENV = "vlb.editor.api-key-env";

  /**
   * {@value}: edits in flight to a remote editor. Default {@value #DEFAULT_CONCURRENCY}, the default of
   * {@link #CONCURRENCY} but not its value: that one is raised for batching model servers, and an image
   * server that paints one image at a time would keep that many waiting until they time out.
   */
  public static final String EDITOR_CONCURRENCY = "vlb.editor.concurrency";

  /** Runs only a deterministic share of the items, {@code i/n} with 1 <= i <= n. */
  public static final String SHARD = "vlb.shard";

  /**
   * Largest image, in pixels, a dataset may decode; larger ones are refused before decoding. Default
   * {@value #DEFAULT_IMAGE_MAX_PIXELS}.
   */
  public static final String IMAGE_MAX_PIXELS = "vlb.image.max-pixels";

  public static final int DEFAULT_IMAGE_MAX_PIXELS = 40_000_000;

  /** Whether the summary table is printed to standard output. Default {@value #DEFAULT_SUMMARY_CONSOLE}. */
  public static final String SUMMARY_CONSOLE = "vlb.summary.console";

  public static final boolean DEFAULT_SUMMARY_CONSOLE = true;

  /**
   * {@value}: whether the grader of open-ended answers is sent the image as well as the text. Default
   * {@value #DEFAULT_GRADER_SEND_IMAGE}: MM-Vet's and LLaVA-Bench's official graders are text-only, and a text-only endpoint refuses images.
   */
  public static final String GRADER_SEND_IMAGE = "vlb.grader.send-image";

  public static final boolean DEFAULT_GRADER_SEND_IMAGE = false;

  /**
   * The fewest answered variants a row of the summary (and the whole suite) needs before {@code @Gate}
   * judges it; a row below is listed as not judged, a suite below is not evaluated. Default
   * {@value #DEFAULT_GATE_MIN_SAMPLE}. The Maven plugin's {@code vlb:check} reads the same key.
   */
  public static final String GATE_MIN_SAMPLE = "vlb.gate.min-sample";

  public static final int DEFAULT_GATE_MIN_SAMPLE = 30;

  /**
   * {@value}: {@code point} compares {@code @Gate(minPassRate)} with the pass rate, {@code lower-bound}
   * with the lower bound of its Wilson 95% interval. Default {@value #DEFAULT_GATE_MIN_PASS_RATE_ON}.
   */
  public static final String GATE_MIN_PASS_RATE_ON = "vlb.gate.min-pass-rate-on";

  public static final String DEFAULT_GATE_MIN_PASS_RATE_ON = "point";

  /**
   * {@value}: a training corpus to check benchmark images against, a folder of images (any depth) or a
   * JSONL manifest of {@code {"id", "image", "caption"}} lines. Unset: no contamination check.
   */
  public static final String CONTAMINATION_CORPUS = "vlb.contamination.corpus";

  /**
   * {@value}: where the corpus' hashes and embeddings are kept between runs. Default: {@code contamination}
   * under {@code vlb.output.dir}.
   */
  public static final String CONTAMINATION_INDEX_DIR = "vlb.contamination.index.dir";

  /** {@value}: hash bits a near-duplicate candidate may differ in (0 to 64). Default 10. */
  public static final String CONTAMINATION_HAMMING_RADIUS = "vlb.contamination.hamming-radius";

  /** {@value}: candidates compared by local features, nearest hash first. Default 4. */
  public static final String CONTAMINATION_CANDIDATES = "vlb.contamination.candidates";

  /** {@value}: feature matches a mapping needs before it is trusted (at least 5). Default 10. */
  public static final String CONTAMINATION_MIN_INLIERS = "vlb.contamination.min-inliers";

  /** {@value}: the share of a benchmark image a corpus image must reproduce to be flagged. Default 0.5. */
  public static final String CONTAMINATION_MIN_COVERAGE = "vlb.contamination.min-coverage";

  /**
   * {@value}: base URL of an OpenAI-compatible embeddings endpoint serving an image model (CLIP,
   * SigLIP), e.g. {@code http://gpu-1:8000/v1}. Unset: no semantic check.
   */
  public static final String CONTAMINATION_EMBEDDING_URL = "vlb.contamination.embedding.url";

  /** {@value}: the embedding model's name; required with {@link #CONTAMINATION_EMBEDDING_URL}. */
  public static final String CONTAMINATION_EMBEDDING_NAME = "vlb.contamination.embedding.name";

  /** {@value}: the environment variable holding the embedding endpoint's Bearer token. */
  public static final String CONTAMINATION_EMBEDDING_API_KEY_ENV = "vlb.contamination.embedding.api-key-env";

  /** {@value}: the cosine at or above which an image is flagged. Default 0.9, the VLB paper's. */
  public static final String CONTAMINATION_EMBEDDING_THRESHOLD = "vlb.contamination.embedding.threshold";

  /** {@value}: embedding requests in flight. Default {@code vlb.concurrency}. */
  public static final String CONTAMINATION_EMBEDDING_CONCURRENCY = "vlb.contamination.embedding.concurrency";

  /** {@value}: timeout of one embedding request. Default {@value #DEFAULT_TIMEOUT_SECONDS}s. */
  public static final String CONTAMINATION_EMBEDDING_TIMEOUT = "vlb.contamination.embedding.timeout";

  /**
   * {@value}: whether a flagged image is also checked with its question, the VLB paper's image-text
   * contamination: the judge LVLM ({@code vlb.judge.*}) is shown the corpus image with its caption and
   * asked whether it gives the answer away. Default false.
   */
  public static final String CONTAMINATION_IMAGE_TEXT = "vlb.contamination.image-text";

  /**
   * Keys of the Maven plugin's {@code vlb:check}, not read by the engine: as {@code -D} options of a
   * Maven build they reach the tests' JVM too, and must not be reported as unknown there.
   */
  public static final Set<String> MAVEN_GATE_KEYS = Set.of(
      "vlb.gate.min-pass-rate", "vlb.gate.max-drop", "vlb.gate.baseline", "vlb.gate.alpha", "vlb.gate.skip");

  private static final Set<String> FIXED =
      Set.of(
          CONCURRENCY,
          CACHE_DIR,
          CACHE_ENABLED,
          CIRCUIT_BREAKER_THRESHOLD,
          OUTPUT_DIR,
          JUDGE_MAX_ATTEMPTS,
          PLANNER_MAX_ASKS,
          VARIANTS,
          VARIANTS_DIR,
          LIMIT,
          SEED,
          OUTPAINT_RATIO,
          EDITOR,
          EDITOR_URL,
          EDITOR_NAME,
          EDITOR_TIMEOUT,
          EDITOR_API_KEY_ENV,
          EDITOR_CONCURRENCY,
          SHARD,
          IMAGE_MAX_PIXELS,
          SUMMARY_CONSOLE,
          GRADER_SEND_IMAGE,
          GATE_MIN_SAMPLE,
          GATE_MIN_PASS_RATE_ON,
          CONTAMINATION_CORPUS,
          CONTAMINATION_INDEX_DIR,
          CONTAMINATION_HAMMING_RADIUS,
          CONTAMINATION_CANDIDATES,
          CONTAMINATION_MIN_INLIERS,
          CONTAMINATION_MIN_COVERAGE,
          CONTAMINATION_EMBEDDING_URL,
          CONTAMINATION_EMBEDDING_NAME,
          CONTAMINATION_EMBEDDING_API_KEY_ENV,
          CONTAMINATION_EMBEDDING_THRESHOLD,
          CONTAMINATION_EMBEDDING_CONCURRENCY,
          CONTAMINATION_EMBEDDING_TIMEOUT,
          CONTAMINATION_IMAGE_TEXT);

  private static final Set<String> KNOWN = knownKeys();


  private ConfigurationKeys() {}

  /** The key for a model role, e.g. {@code roleKey("judge", "url")} is {@code vlb.judge.url}. */
  public static String roleKey(String role, String suffix) {
    return PREFIX + role + "." + suffix;
  }

  public static Set<String> known() {
    return KNOWN;
  }


  /** For an unknown key, the known key it most likely meant. */
  public static Optional<String> closestKnown(String key) {
    return KNOWN.stream()
        .min(Comparator.comparingInt((String known) -> editDistance(key, known)).thenComparing(known -> known))
        .filter(known -> editDistance(key, known) <= Math.max(3, key.length() / 3));
  }

  /** A copy of the values with every secret-looking value replaced, safe to print. */
  public static Map<String, String> redact(Map<String, String> values) {
    Map<String, String> safe = new TreeMap<>();
    values.forEach((key, value) -> safe.put(key, isSecret(key) ? "****" : value));
    return safe;
  }

  private static boolean isSecret(String key) {
    String lower = key.toLowerCase();
    return (lower.contains("key") || lower.contains("token") || lower.contains("secret") || lower.contains("password"))
        && !lower.endsWith("-env");
  }

  private static Set<String> knownKeys() {
    Set<String> keys = new TreeSet<>(FIXED);
    keys.addAll(MAVEN_GATE_KEYS);
    for (String role : MODEL_ROLES) {
      for (String suffix : MODEL_ROLE_SUFFIXES) {
        keys.add(roleKey(role, suffix));
      }
    }
    return Set.copyOf(keys);
  }


  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
