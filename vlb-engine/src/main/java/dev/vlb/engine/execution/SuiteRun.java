package dev.vlb.engine.execution;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Dataset;
import dev.vlb.api.spi.DatasetSource;
import dev.vlb.api.spi.ImageEditor;
import dev.vlb.api.spi.Judge;
import dev.vlb.api.spi.QuestionRewriter;
import dev.vlb.api.spi.VisionLanguageModel;
import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.bootstrap.StepJudges;
import dev.vlb.engine.bootstrap.StepMaker;
import dev.vlb.engine.bootstrap.VariantGenerator;
import dev.vlb.engine.configuration.ModelRole;
import dev.vlb.engine.result.ContaminationSummary;
import dev.vlb.engine.result.GateVerdict;
import dev.vlb.engine.result.ItemError;
import dev.vlb.engine.result.ResultsJournal;
import dev.vlb.engine.result.SuiteLabels;
import dev.vlb.engine.result.VariantResult;
import dev.vlb.engine.scoring.Scorer;
import dev.vlb.engine.store.StoredVariants;
import dev.vlb.engine.store.VariantStore;
import dev.vlb.engine.scoring.Scorers;
import dev.vlb.engine.suite.BootstrapComponents;
import dev.vlb.engine.suite.SuiteDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * The evaluation of one suite, as its descriptors see it: an {@link ItemScheduler} feeds the selected
 * items to a small worker pool, a {@link VariantEvaluator} turns each into variant results, and a
 * {@link SuiteRecorder} journals and summarises them as the reporting thread reports them.
 */
@API(status = INTERNAL, since = "0.1")
public final class SuiteRun implements AutoCloseable {

  private final RunContext run;
  private final SuiteDefinition definition;
  private final VisionLanguageModel model;
  private final boolean ownsModel;
  private final ExecutorService workers;
  private final VariantGenerator generator;
  private final ItemScheduler scheduler;
  private final SuiteRecorder recorder;
  private final long startNanos = System.nanoTime();

  /**
   * Workers load items, make in-process edits and rewrites, and score; none waits on a server, so a few
   * per core keep the CPUs busy.
   */
  private static final int THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

  private SuiteRun(RunContext run, SuiteDefinition definition, Dataset dataset, DatasetSource source,
      ExecutorService workers, VariantGenerator generator, VisionLanguageModel model, boolean ownsModel,
      Map<String, Predicate<Chain>> selected) {
    this.run = run;
    this.definition = definition;
    this.model = model;
    this.ownsModel = ownsModel;
    this.workers = workers;
    this.generator = generator;
    this.recorder = new SuiteRecorder(
        new SuiteLabels(definition.suiteClass().getName(), definition.datasetId(), model.name(), generator.judgeName()),
        definition.chains(), definition.gate(), run::journal, run.contamination().map(check ->
            new ContaminationSummary(check.describe(), check.asksImageText(), definition.chains())));
    // an IDE re-run of one variant replaces that variant's result, not the suite's
    run.journal().started(definition.suiteClass().getName(), definition.selected().isEmpty());
    String name = definition.suiteClass().getSimpleName();
    Map<TaskType, Scorer> scorers = new ConcurrentHashMap<>();
    Answering answering = new Answering(model, type -> scorers.computeIfAbsent(type,
        t -> Scorers.create(definition.datasetId(), t, run.models().configured(ModelRole.GRADER),
            run.configuration().graderSendImage())),
        definition.circularEval(), workers);
    SuiteLabels labels = recorder.labels();
    ResultsJournal journal = run.journal();
    VariantEvaluator evaluator = new VariantEvaluator(generator, answering, definition.chains(),
        (item, chain, key) -> journal.resumed(labels, item, chain, key), run.contamination());
    int window = Math.max(2 * THREADS, Math.max(
        2 * run.configuration().concurrency() / Math.max(1, definition.chains().size()) + 2,
        run.generationConcurrency() / 2 + 2));
    this.scheduler = ItemScheduler.start(name, () -> dataset.entries(source), selected.keySet(), window, workers,
        item -> evaluator.evaluate(item, selected.get(item.id())));
  }

  /**
   * Starts evaluating the selected items in the background.
   *
   * @param selected item id -> which of the suite's chains to run for it, in reporting order
   */
  public static SuiteRun start(RunContext run, SuiteDefinition definition, Dataset dataset, DatasetSource source,
      Map<String, Predicate<Chain>> selected) throws ReflectiveOperationException {
    ExecutorService workers = Executors.newFixedThreadPool(THREADS,
        ItemScheduler.daemon("vlb-worker-" + definition.suiteClass().getSimpleName()));
    try {
      VariantGenerator generator = generator(run, definition, dataset, source, workers);
      boolean ownsModel = definition.model().isPresent();
      VisionLanguageModel model = ownsModel ? create(definition.model().get()) : run.models().modelUnderTest();
      return new SuiteRun(run, definition, dataset, source, workers, generator, model, ownsModel,
          new LinkedHashMap<>(selected));
    } catch (ReflectiveOperationException | RuntimeException e) {
      workers.shutdownNow();
      throw e;
    }
  }

  /** The results of one item's variants, once all are in; fails when the item cannot be read. */
  public List<VariantResult> await(String itemId) throws Exception {
    return scheduler.await(itemId);
  }

  /** Called once an item's results are reported: frees them and lets another item in. */
  public void reported(String itemId) {
    scheduler.reported(itemId);
  }

  /** Journals a reported result and adds it to the summary; reporting thread only. */
  public void record(VariantResult result) {
    recorder.record(result);
  }

  /** Journals an item that could not be evaluated at all; it counts as an error, not a wrong answer. */
  public void recordItemError(String itemId, String message) {
    recorder.record(new ItemError(itemId, message));
  }

  /** The verdict of {@code @Gate} on the results so far; empty when the suite has no gate. */
  public Optional<GateVerdict> gateVerdict() {
    return recorder.gateVerdict();
  }

  /** Who produces the suite's results: dataset, model and judge, as each result records them. */
  public SuiteLabels labels() {
    return recorder.labels();
  }

  public String modelName() {
    return model.name();
  }

  @Override
  public void close() {
    scheduler.close();
    workers.shutdownNow();
    run.summarise(recorder.finish(Duration.ofNanos(System.nanoTime() - startNanos), generator.counts()), definition,
        recorder.summary(), recorder.gateVerdict());
    if (ownsModel) {
      model.close();
    }
  }

  /**
   * The suite's own editors and rewriters come first, then the dataset's, then the built-in ones (the
   * painter of {@code vlb.editor}, whose V3 works on any photograph, with the planner of
   * {@code vlb.planner.*} for V1, V2 and L1-L4 when one is configured, and the offline rewriters). One judge checks every step: the suite's, else the dataset's (the synthetic world's exact
   * oracle), else the LVLM of {@code vlb.judge.*}; with none of them, the text judge checks L1 and L2 and
   * other steps go unjudged.
   */
  private static VariantGenerator generator(RunContext run, SuiteDefinition definition, Dataset dataset,
      DatasetSource source, ExecutorService workers) throws ReflectiveOperationException {
    BootstrapComponents own = definition.components();
    List<StepMaker> makers = new ArrayList<>();
    for (Class<? extends ImageEditor> editor : own.editors()) {
      makers.add(StepMaker.of(create(editor)));
    }
    for (Class<? extends QuestionRewriter> rewriter : own.rewriters()) {
      makers.add(StepMaker.of(create(rewriter)));
    }
    List<ImageEditor> datasetEditors = dataset.imageEditors(source);
    datasetEditors.forEach(editor -> makers.add(StepMaker.of(editor)));
    dataset.questionRewriters(source).forEach(rewriter -> makers.add(StepMaker.of(rewriter)));
    makers.addAll(run.builtInMakers(source.outpaintRatio()));
    Optional<Judge> judge = own.judge().isPresent() ? Optional.of(create(own.judge().get())) : dataset.judge(source);
    boolean lvlmJudge = judge.isEmpty() && run.modelJudge().isPresent();
    judge = judge.or(run::modelJudge);
    StepJudges judges = judge.isPresent() ? StepJudges.everyStep(judge) : StepJudges.rewritesOnly(run.textJudge());
    // a dataset with editors of its own (the synthetic world's) declines a step for its own reasons
    String unsupported = own.editors().isEmpty() && datasetEditors.isEmpty() ? run.unsupportedHint() : "";
    VariantGenerator generator = new VariantGenerator(makers, judges, run.configuration().judgeMaxAttempts(),
        definition.seed(), workers, unsupported);
    Optional<VariantStore> store = run.store();
    if (store.isEmpty()) {
      return generator;
    }
    SortedMap<String, String> fingerprint = generator.fingerprint();
    fingerprint.putAll(run.fingerprint(lvlmJudge));
    return generator.keptIn(StoredVariants.of(store.get(), run.configuration().variants(), fingerprint));
  }

  /** A class the suite names, which discovery checked has a public no-argument constructor. */
  private static <T> T create(Class<T> type) throws ReflectiveOperationException {
    return type.getDeclaredConstructor().newInstance();
  }
}
