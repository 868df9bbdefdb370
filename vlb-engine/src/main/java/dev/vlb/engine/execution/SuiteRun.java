package dev.vlb.engine.execution;

import dev.vlb.api.Strategy;
import dev.vlb.api.TaskType;
import dev.vlb.api.spi.QuestionRewriter;
import dev.vlb.api.spi.Sample;
import dev.vlb.api.spi.VisionLanguageModel;
import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.bootstrap.Generation;
import dev.vlb.engine.bootstrap.VariantGenerator;
import dev.vlb.engine.bootstrap.question.OfflineQuestionRewriters;
import dev.vlb.engine.configuration.ConfigurationKeys;
import dev.vlb.engine.dataset.Dataset;
import dev.vlb.engine.dataset.DatasetEntry;
import dev.vlb.engine.dataset.DatasetSource;
import dev.vlb.engine.dataset.Item;
import dev.vlb.engine.discovery.SuiteDefinition;
import dev.vlb.engine.report.SuiteSummary;
import dev.vlb.engine.scoring.Score;
import dev.vlb.engine.scoring.Scorer;
import dev.vlb.engine.scoring.Scorers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The evaluation pipeline of one suite. A feeder streams the dataset a second time (discovery kept
 * only ids) and hands each selected item to a small worker pool: load the image, build the variants,
 * ask the model asynchronously, score. Items are processed ahead of the reporting thread, at most
 * {@code window} at a time, so memory stays bounded while a remote model is kept busy.
 */
public final class SuiteRun implements AutoCloseable {

  private final RunContext run;
  private final SuiteDefinition definition;
  private final Dataset dataset;
  private final DatasetSource source;
  private final VariantGenerator generator;
  private final VisionLanguageModel model;
  private final boolean ownsModel;
  private final Map<String, Predicate<Chain>> selected;
  private final Map<String, CompletableFuture<List<VariantResult>>> outcomes = new ConcurrentHashMap<>();
  private final Set<String> submitted = ConcurrentHashMap.newKeySet();
  private final Map<TaskType, Scorer> scorers = new ConcurrentHashMap<>();
  private final Answering answering;
  private final SuiteSummary summary;
  private final ExecutorService workers;
  private final Semaphore window;
  private final Thread feeder;
  private final long startNanos = System.nanoTime();

  private SuiteRun(RunContext run, SuiteDefinition definition, Dataset dataset, DatasetSource source,
      VisionLanguageModel model, boolean ownsModel, Map<String, Predicate<Chain>> selected) {
    this.run = run;
    this.definition = definition;
    this.dataset = dataset;
    this.source = source;
    this.model = model;
    this.ownsModel = ownsModel;
    this.selected = selected;
    this.generator = new VariantGenerator(
        dataset.imageEditors(source),
        rewriters(dataset, source),
        dataset.judge(source),
        run.settings().getInt(ConfigurationKeys.JUDGE_MAX_ATTEMPTS, 5, 1, 100),
        definition.seed());
    this.summary = new SuiteSummary(definition.suiteClass().getName(), definition.datasetId(), model.name(), definition.chains());
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    this.workers = Executors.newFixedThreadPool(threads, daemon("vlb-worker-" + definition.suiteClass().getSimpleName()));
    int concurrency = run.settings().getInt(ConfigurationKeys.CONCURRENCY, 8, 1, 4096);
    this.window = new Semaphore(Math.max(2 * threads, 2 * concurrency / Math.max(1, definition.chains().size()) + 2));
    selected.keySet().forEach(id -> outcomes.put(id, new CompletableFuture<>()));
    this.answering = new Answering(model, this::scorer, definition.circularEval(), workers);
    this.feeder = daemon("vlb-feeder-" + definition.suiteClass().getSimpleName()).newThread(this::feed);
  }

  /**
   * Starts evaluating the selected items in the background.
   *
   * @param selected item id -> which of the suite's chains to run for it, in reporting order
   */
  public static SuiteRun start(RunContext run, SuiteDefinition definition, Dataset dataset, DatasetSource source,
      Map<String, Predicate<Chain>> selected) throws ReflectiveOperationException {
    boolean ownsModel = definition.model().isPresent();
    VisionLanguageModel model = ownsModel
        ? definition.model().get().getDeclaredConstructor().newInstance()
        : run.defaultModel();
    SuiteRun suiteRun = new SuiteRun(run, definition, dataset, source, model, ownsModel, new LinkedHashMap<>(selected));
    suiteRun.feeder.start();
    return suiteRun;
  }

  /** The results of one item's variants, once all are in; fails when the item cannot be read. */
  public List<VariantResult> await(String itemId) throws Exception {
    try {
      return outcomes.get(itemId).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Called once an item's results are reported: frees them and lets the feeder take another item. */
  public void reported(String itemId) {
    outcomes.remove(itemId);
    if (submitted.remove(itemId)) {
      window.release();
    }
  }

  /** Journals a reported result and adds it to the summary; reporting thread only. */
  public void record(VariantResult result) {
    run.record(result);
    summary.add(result);
  }

  /** Journals an item that could not be evaluated at all; it counts as an error, not a wrong answer. */
  public void recordItemError(String itemId, String message) {
    record(VariantResult.itemError(definition.suiteClass().getName(), definition.datasetId(), itemId, message, model.name(),
        generator.judgeName()));
  }

  public List<String> gateBreaks() {
    return definition.gate().brokenRules(summary);
  }

  public String modelName() {
    return model.name();
  }

  @Override
  public void close() {
    feeder.interrupt();
    workers.shutdownNow();
    summary.finish(Duration.ofNanos(System.nanoTime() - startNanos));
    run.summarise(summary, gateBreaks());
    if (ownsModel) {
      model.close();
    }
  }

  private void feed() {
    Set<String> remaining = new LinkedHashSet<>(selected.keySet());
    try (Stream<DatasetEntry> entries = dataset.entries(source)) {
      Iterator<DatasetEntry> iterator = entries.iterator();
      while (iterator.hasNext() && !remaining.isEmpty()) {
        if (iterator.next() instanceof Item item && remaining.remove(item.id())) {
          window.acquire();
          submitted.add(item.id());
          CompletableFuture<List<VariantResult>> outcome = outcomes.get(item.id());
          workers.execute(() -> evaluate(item, selected.get(item.id()), outcome));
        }
      }
      remaining.forEach(id -> fail(id, new IllegalStateException(
          "Item '" + id + "' was discovered but is no longer in dataset " + definition.datasetId())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      remaining.forEach(id -> fail(id, e));
    }
  }

  private void fail(String itemId, Throwable cause) {
    CompletableFuture<List<VariantResult>> outcome = outcomes.get(itemId);
    if (outcome != null) {
      outcome.completeExceptionally(cause);
    }
  }

  private void evaluate(Item item, Predicate<Chain> chains, CompletableFuture<List<VariantResult>> outcome) {
    try {
      Sample original = item.toSample();
      VariantGenerator.ItemVariants variants = generator.forItem(original);
      List<CompletableFuture<VariantResult>> results = definition.chains().stream()
          .filter(chains)
          .map(chain -> evaluate(item, variants, chain))
          .toList();
      CompletableFuture.allOf(results.toArray(CompletableFuture[]::new))
          .thenRun(() -> outcome.complete(results.stream().map(CompletableFuture::join).toList()));
    } catch (Exception | LinkageError e) {
      outcome.completeExceptionally(e);
    }
  }

  private CompletableFuture<VariantResult> evaluate(Item item, VariantGenerator.ItemVariants variants, Chain chain) {
    Generation generation;
    try {
      generation = variants.generate(chain);
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(error(item, chain, null, null, e));
    }
    if (generation instanceof Generation.NotGenerated notGenerated) {
      return CompletableFuture.completedFuture(result(item, chain, generation, null, Outcome.NOT_GENERATED,
          new Answering.ScoredAnswer(Score.unscored(notGenerated.reason()), "", 0, 0, -1, -1, false)));
    }
    Sample variant = ((Generation.Generated) generation).sample();
    try {
      return answering.ask(variant)
          .thenApply(answer -> result(item, chain, generation, variant, outcomeOf(answer.score()), answer))
          .exceptionally(e -> error(item, chain, generation, variant, unwrap(e)));
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(error(item, chain, generation, variant, e));
    }
  }

  private static Outcome outcomeOf(Score score) {
    return switch (score.kind()) {
      case CORRECT -> Outcome.PASSED;
      case WRONG -> Outcome.FAILED;
      case UNSCORED -> Outcome.SKIPPED;
    };
  }

  private VariantResult error(Item item, Chain chain, Generation generation, Sample variant, Throwable e) {
    return result(item, chain, generation, variant, Outcome.ERROR,
        new Answering.ScoredAnswer(Score.unscored(describe(e)), "", 0, 0, -1, -1, false));
  }

  /** @param variant the sample asked, or {@code null} when none was built (the original's text is recorded) */
  private VariantResult result(Item item, Chain chain, Generation generation, Sample variant, Outcome outcome,
      Answering.ScoredAnswer answer) {
    Score score = answer.score();
    return new VariantResult(
        definition.suiteClass().getName(),
        definition.datasetId(),
        item.id(),
        item.category(),
        item.attributes(),
        chain.id(),
        chain.strategies().stream().map(Strategy::code).toList(),
        chain.level(),
        outcome,
        variant == null ? item.context() : variant.context(),
        variant == null ? item.question() : variant.question(),
        item.answer(),
        answer.actual(),
        score.extracted(),
        score.value(),
        score.reason(),
        model.name(),
        generator.judgeName(),
        generation == null ? 0 : generation.attempts(),
        generation == null ? List.of() : generation.verdicts(),
        answer.asked(),
        answer.latencyMs(),
        answer.promptTokens(),
        answer.completionTokens(),
        answer.cached());
  }

  private Scorer scorer(TaskType type) {
    return scorers.computeIfAbsent(type, t -> Scorers.create(definition.datasetId(), t, run.configured("grader"),
        run.settings().getBoolean(ConfigurationKeys.GRADER_SEND_IMAGE, false)));
  }

  private static Throwable unwrap(Throwable e) {
    return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private static List<QuestionRewriter> rewriters(Dataset dataset, DatasetSource source) {
    List<QuestionRewriter> rewriters = new ArrayList<>(dataset.questionRewriters(source));
    rewriters.add(OfflineQuestionRewriters.create());
    return rewriters;
  }
}
