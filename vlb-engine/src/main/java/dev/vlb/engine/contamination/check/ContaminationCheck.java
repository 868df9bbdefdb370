package dev.vlb.engine.contamination.check;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.Sample;
import dev.vlb.api.spi.VisionLanguageModel;
import dev.vlb.engine.configuration.ConfigurationKeys;
import dev.vlb.engine.configuration.ContaminationConfiguration;
import dev.vlb.engine.contamination.Corpus;
import dev.vlb.engine.contamination.CorpusImage;
import dev.vlb.engine.contamination.IndexStatistics;
import dev.vlb.engine.contamination.Match;
import dev.vlb.engine.contamination.NearDuplicateIndex;
import dev.vlb.engine.contamination.Thresholds;
import dev.vlb.engine.contamination.semantic.EmbeddingClient;
import dev.vlb.engine.contamination.semantic.EmbeddingEndpoint;
import dev.vlb.engine.contamination.semantic.EmbeddingIndex;
import dev.vlb.engine.contamination.semantic.ImageTextCheck;
import dev.vlb.engine.contamination.semantic.SemanticCheck;
import dev.vlb.engine.contamination.semantic.SemanticMatch;
import dev.vlb.engine.model.ApiKey;
import dev.vlb.engine.store.Digests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The contamination check of a run: every image a model is shown, original or variant, is compared with
 * a training corpus by near-duplicate search and, when an embedding endpoint is configured, by
 * embedding; a flagged image is then, with the image-text check on, shown to the judge LVLM as the
 * corpus image beside the question. An image is checked once per run however many variants show it,
 * and a question once per corpus image.
 *
 * <p>The corpus is indexed when the check opens: hashes and embeddings are read from the index folder
 * for the images unchanged since, and made and written there for the others.
 */
@API(status = INTERNAL, since = "0.1")
public final class ContaminationCheck implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(ContaminationCheck.class.getName());
  private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

  private final Corpus corpus;
  private final Map<String, CorpusImage> byId;
  private final NearDuplicateIndex nearDuplicates;
  private final Thresholds thresholds;
  private final Optional<EmbeddingClient> client;
  private final Optional<SemanticCheck> semantic;
  private final Optional<ImageTextCheck> imageText;
  private final ExecutorService searchers;
  private final Map<String, CompletableFuture<Contamination>> byImage = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<Contamination.ImageText>> byQuestion = new ConcurrentHashMap<>();

  private ContaminationCheck(Corpus corpus, NearDuplicateIndex nearDuplicates, Thresholds thresholds,
      Optional<EmbeddingClient> client, Optional<SemanticCheck> semantic, Optional<ImageTextCheck> imageText,
      ExecutorService searchers) {
    this.corpus = corpus;
    this.byId = corpus.images().stream().collect(Collectors.toUnmodifiableMap(CorpusImage::id, Function.identity()));
    this.nearDuplicates = nearDuplicates;
    this.thresholds = thresholds;
    this.client = client;
    this.semantic = semantic;
    this.imageText = imageText;
    this.searchers = searchers;
  }

  /**
   * Indexes the corpus (or reads its index) and connects to the embedding endpoint.
   *
   * @param judge the LVLM of the image-text check; required when the configuration turns it on
   * @param embeddingKey the embedding endpoint's Bearer token, when it needs one
   * @throws IOException when the corpus or the index folder cannot be read or written
   * @throws dev.vlb.engine.contamination.semantic.IndexMismatchException when the stored embeddings are
   *     another model's
   * @throws dev.vlb.engine.contamination.semantic.EmbeddingCallException when the corpus could not be embedded
   */
  public static ContaminationCheck open(ContaminationConfiguration configuration, Optional<VisionLanguageModel> judge,
      ApiKey embeddingKey) throws IOException, InterruptedException {
    Corpus corpus = Corpus.at(configuration.corpus());
    Files.createDirectories(configuration.indexDir());
    AtomicInteger threads = new AtomicInteger();
    ExecutorService searchers = Executors.newFixedThreadPool(THREADS, task -> {
      Thread thread = new Thread(task, "vlb-contamination-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    Optional<EmbeddingClient> client = Optional.empty();
    try {
      NearDuplicateIndex index = NearDuplicateIndex.build(corpus, configuration.indexDir().resolve("near-duplicates.idx"), searchers);
      log(corpus, index.statistics());
      Thresholds thresholds = new Thresholds(configuration.hammingRadius(), configuration.candidates(),
          configuration.minInliers(), configuration.minCoverage());
      client = configuration.embedding().map(embedding -> EmbeddingClient.connect(new EmbeddingEndpoint(embedding.url(),
          embedding.name(), embeddingKey, embedding.timeout(), embedding.concurrency(),
          ConfigurationKeys.DEFAULT_MAX_RETRIES)));
      Optional<SemanticCheck> semantic = Optional.empty();
      if (client.isPresent()) {
        ContaminationConfiguration.Embedding embedding = configuration.embedding().orElseThrow();
        EmbeddingIndex embeddings = EmbeddingIndex.update(
            configuration.indexDir().resolve("embeddings-" + fileName(embedding.name()) + ".idx"), client.get(),
            corpus.images(), embedding.concurrency());
        semantic = Optional.of(SemanticCheck.of(client.get(), embeddings, embedding.threshold()));
      }
      Optional<ImageTextCheck> imageText = configuration.imageText() ? judge.map(ImageTextCheck::over) : Optional.empty();
      return new ContaminationCheck(corpus, index, thresholds, client, semantic, imageText, searchers);
    } catch (IOException | InterruptedException | RuntimeException e) {
      client.ifPresent(EmbeddingClient::close);
      searchers.shutdownNow();
      throw e;
    }
  }

  /**
   * What the corpus holds of the image {@code shown} shows, and with the image-text check of its
   * question. Never fails: what could not be checked is a {@link Contamination#failed} result.
   *
   * @param imageSha256 the digest of the image's bytes, by which it is checked once per run
   */
  public CompletableFuture<Contamination> check(Sample shown, String imageSha256) {
    try {
      return checked(shown, imageSha256);
    } catch (RuntimeException e) { // e.g. refused by the searchers after close
      return CompletableFuture.completedFuture(Contamination.failed(describe(e)));
    }
  }

  private CompletableFuture<Contamination> checked(Sample shown, String imageSha256) {
    CompletableFuture<Contamination> image = byImage.computeIfAbsent(imageSha256, sha -> checkImage(shown.image()));
    if (imageText.isEmpty()) {
      return image;
    }
    return image.thenCompose(found -> found.flaggedCorpusId()
        .map(corpusId -> askJudge(shown, corpusId).thenApply(found::with)
            .exceptionally(e -> Contamination.failed("image-text check: " + describe(e))))
        .orElseGet(() -> CompletableFuture.completedFuture(found)));
  }

  private CompletableFuture<Contamination> checkImage(Image image) {
    CompletableFuture<Optional<Match>> copy =
        CompletableFuture.supplyAsync(() -> nearDuplicates.nearest(image, thresholds), searchers);
    CompletableFuture<Optional<SemanticMatch>> meaning = semantic
        .map(check -> check.check(image).thenApply(Optional::of))
        .orElseGet(() -> CompletableFuture.completedFuture(Optional.empty()));
    return copy.thenCombine(meaning, (match, embedded) -> new Contamination(match, embedded, Optional.empty(), Optional.empty()))
        .exceptionally(e -> Contamination.failed(describe(e)));
  }

  private CompletableFuture<Contamination.ImageText> askJudge(Sample shown, String corpusId) {
    String key = String.join("\u0000", corpusId, shown.context(), shown.question(), String.join("\u0001", shown.choices()),
        shown.answer());
    CorpusImage image = byId.get(corpusId);
    return byQuestion.computeIfAbsent(key, unused -> CompletableFuture.supplyAsync(() -> picture(image), searchers)
        .thenCompose(picture -> imageText.orElseThrow().check(shown, picture, image.caption()))
        .thenApply(verdict -> new Contamination.ImageText(corpusId, verdict)));
  }

  private static Image picture(CorpusImage image) {
    try {
      return CorpusPictures.load(image);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read corpus image " + image.id() + " (" + image.path() + ")", e);
    }
  }

  /** One line for the summary: the corpus, and which measures the check applies. */
  public String describe() {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "corpus %s, %d images indexed · near-duplicate "
        + "(hash radius %d, coverage ≥ %.2f)", corpus.source(), nearDuplicates.size(), thresholds.hammingRadius(),
        thresholds.minCoverage()));
    client.ifPresent(embedder -> text.append(String.format(Locale.ROOT, " · semantic (%s, cosine ≥ %.2f)", embedder,
        semantic.orElseThrow().threshold())));
    imageText.ifPresent(check -> text.append(" · image-text (judge LVLM)"));
    return text.toString();
  }

  /** Whether flagged images are also checked with their question. */
  public boolean asksImageText() {
    return imageText.isPresent();
  }

  @Override
  public void close() {
    client.ifPresent(EmbeddingClient::close);
    searchers.shutdownNow();
  }

  private static void log(Corpus corpus, IndexStatistics statistics) {
    LOG.log(System.Logger.Level.INFO, "Contamination corpus {0}: {1} images, {2} hashed now, {3} read from the index, {4} skipped",
        corpus.source(), statistics.images(), statistics.hashed(), statistics.reused(), statistics.skipped().size());
  }

  /** A model name as part of a file name: its readable characters, and a digest so that two names never share a file. */
  private static String fileName(String model) {
    String readable = model.replaceAll("[^A-Za-z0-9._-]+", "-");
    byte[] digest = Digests.sha256().digest(model.getBytes(StandardCharsets.UTF_8));
    return readable + "-" + HexFormat.of().formatHex(digest, 0, 4);
  }

  private static String describe(Throwable e) {
    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
