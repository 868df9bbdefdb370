package dev.vlb.engine.execution;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.Judge;
import dev.vlb.engine.bootstrap.StepMaker;
import dev.vlb.engine.bootstrap.image.Painter;
import dev.vlb.engine.bootstrap.image.Painters;
import dev.vlb.engine.bootstrap.plan.PlannedEdits;
import dev.vlb.engine.bootstrap.plan.PlannedRewrites;
import dev.vlb.engine.bootstrap.plan.Planner;
import dev.vlb.engine.bootstrap.plan.PlannerPrompts;
import dev.vlb.engine.bootstrap.question.OfflineQuestionRewriters;
import dev.vlb.engine.configuration.ConfigurationKeys;
import dev.vlb.engine.configuration.ContaminationConfiguration;
import dev.vlb.engine.configuration.EditorConfiguration;
import dev.vlb.engine.configuration.EngineConfiguration;
import dev.vlb.engine.configuration.ModelRole;
import dev.vlb.engine.configuration.VariantReuse;
import dev.vlb.engine.contamination.check.ContaminationCheck;
import dev.vlb.engine.judge.ModelJudge;
import dev.vlb.engine.judge.TextJudge;
import dev.vlb.engine.model.ApiKey;
import dev.vlb.engine.model.CallStatistics;
import dev.vlb.engine.model.Models;
import dev.vlb.engine.result.GateVerdict;
import dev.vlb.engine.result.ResultsJournal;
import dev.vlb.engine.result.SuiteSummary;
import dev.vlb.engine.store.VariantStore;
import dev.vlb.engine.suite.SuiteDefinition;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Everything one engine execution shares across suites: the configuration, the models of each role
 * (created once, closed at the end), the results journal and the summaries for {@code summary.md}.
 */
@API(status = INTERNAL, since = "0.1")
public final class RunContext implements AutoCloseable {

  private final EngineConfiguration configuration;
  private final Models models;
  /** Standard output, or empty when {@code vlb.summary.console} is off. */
  private final Optional<PrintStream> console;
  private final List<String> summaries = new ArrayList<>();
  private ResultsJournal journal;
  private final RunFacts facts = new RunFacts(Instant.now());
  private TextJudge textJudge;
  private Optional<Judge> modelJudge;
  private Painter painter;
  private Optional<Planner> planner;
  private VariantStore store;
  private Optional<ContaminationCheck> contamination;

  private RunContext(EngineConfiguration configuration, Models models, Optional<PrintStream> console) {
    this.configuration = configuration;
    this.models = models;
    this.console = console;
  }

  public static RunContext create(EngineConfiguration configuration, ClassLoader classLoader) {
    return new RunContext(configuration, Models.of(configuration.settings(), classLoader),
        configuration.summaryConsole() ? Optional.of(System.out) : Optional.empty());
  }

  public EngineConfiguration configuration() {
    return configuration;
  }

  public Models models() {
    return models;
  }

  /** The judge of rewritten questions, shared by every suite so its model loads once (on first use). */
  synchronized TextJudge textJudge() {
    if (textJudge == null) {
      textJudge = TextJudge.create();
    }
    return textJudge;
  }

  /** The LVLM judge of {@code vlb.judge.*}, shared by every suite; empty when none is configured. */
  synchronized Optional<Judge> modelJudge() {
    if (modelJudge == null) {
      modelJudge = models.configured(ModelRole.JUDGE).map(ModelJudge::over);
    }
    return modelJudge;
  }

  /**
   * The engine's own makers of steps, after a suite's and a dataset's: the image strategies through the
   * painter of {@code vlb.editor} (V1 and V2 planned by the planner of {@code vlb.planner.*}), then the
   * question strategies through the planner, then the offline rewriters (L1, L2, L4) for what is left.
   * The painter and the planner are created on first use, shared by every suite, closed with the run.
   */
  synchronized List<StepMaker> builtInMakers(double outpaintRatio) {
    if (painter == null) {
      EditorConfiguration editor = configuration.editor();
      painter = Painters.create(editor,
          ApiKey.fromEnvironment(ConfigurationKeys.EDITOR_API_KEY_ENV, configuration.settings(), System::getenv).value());
      planner = models.configured(ModelRole.PLANNER).map(model -> Planner.create(model, configuration.plannerMaxAsks()));
    }
    List<StepMaker> makers = new ArrayList<>();
    makers.add(PlannedEdits.create(planner, painter, outpaintRatio));
    planner.ifPresent(it -> makers.add(PlannedRewrites.create(it)));
    makers.add(StepMaker.of(OfflineQuestionRewriters.create()));
    return makers;
  }

  /**
   * The most requests one remote role of generation (planner, judge, a remote painter) may have in
   * flight; 0 when generation runs in process. An item keeps only a few such requests in flight at a
   * time (its steps wait on one another), so a suite needs about half as many items in flight to keep
   * the role busy.
   */
  int generationConcurrency() {
    int most = 0;
    for (ModelRole role : List.of(ModelRole.PLANNER, ModelRole.JUDGE)) {
      if (configuration.settings().get(role.key("url")).isPresent()) {
        most = Math.max(most, configuration.settings().getInt(role.key("concurrency"), configuration.concurrency(), 1, 4096));
      }
    }
    EditorConfiguration editor = configuration.editor();
    return editor.kind() == EditorConfiguration.Kind.OPENCV ? most : Math.max(most, editor.concurrency());
  }

  /**
   * The generator's part of a variant's key that the run decides: the outpainting ratio, and the
   * versions of the planner's and judge's prompts when they are asked.
   */
  synchronized SortedMap<String, String> fingerprint(boolean lvlmJudge) {
    SortedMap<String, String> fingerprint = new TreeMap<>();
    fingerprint.put("outpaint-ratio", Double.toString(configuration.outpaintRatio()));
    if (planner != null && planner.isPresent()) {
      fingerprint.put("planner-prompt", PlannerPrompts.PROMPT_VERSION);
      fingerprint.put("planner-max-asks", Integer.toString(configuration.plannerMaxAsks()));
    }
    if (lvlmJudge) {
      fingerprint.put("judge-prompt", ModelJudge.PROMPT_VERSION);
    }
    return fingerprint;
  }

  /** The run's variant store, opened on first use; empty with {@code vlb.variants=off}. */
  synchronized Optional<VariantStore> store() {
    if (configuration.variants() == VariantReuse.OFF) {
      return Optional.empty();
    }
    if (store == null) {
      try {
        store = VariantStore.open(configuration.variantsDir());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot open the variant store " + configuration.variantsDir()
            + " (" + ConfigurationKeys.VARIANTS_DIR + "): " + e.getMessage(), e);
      }
    }
    return Optional.of(store);
  }

  /**
   * The contamination check of {@code vlb.contamination.*}, opened on first use (indexing the corpus
   * when its index is not up to date) and shared by every suite; empty when no corpus is configured.
   */
  synchronized Optional<ContaminationCheck> contamination() {
    if (contamination == null) {
      contamination = configuration.contamination().map(this::openContamination);
    }
    return contamination;
  }

  private ContaminationCheck openContamination(ContaminationConfiguration check) {
    try {
      return ContaminationCheck.open(check, models.configured(ModelRole.JUDGE), ApiKey.fromEnvironment(
          ConfigurationKeys.CONTAMINATION_EMBEDDING_API_KEY_ENV, configuration.settings(), System::getenv));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot index the contamination corpus " + check.corpus() + " ("
          + ConfigurationKeys.CONTAMINATION_CORPUS + ") into " + check.indexDir() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while indexing the contamination corpus " + check.corpus(), e);
    }
  }

  /** What to set for the steps no maker supports: a planner, when none is configured. */
  synchronized String unsupportedHint() {
    return planner == null || planner.isPresent()
        ? ""
        : "V1, V2 and L3 on photographs need a planner LVLM: set " + ModelRole.PLANNER.key("url") + " and "
            + ModelRole.PLANNER.key("name");
  }

  /** The run's journal, started when the first suite starts; it keeps what the run does not replace. */
  synchronized ResultsJournal journal() {
    if (journal == null) {
      journal = ResultsJournal.create(resultsFile());
    }
    return journal;
  }

  /** Keeps a suite's summary table for {@code summary.md} and prints it, and its facts for {@code run.json}. */
  synchronized void summarise(String table, SuiteDefinition definition, SuiteSummary summary,
      Optional<GateVerdict> gate) {
    facts.suite(definition, summary, gate);
    summaries.add(table);
    console.ifPresent(out -> {
      out.println();
      out.print(table);
      out.println("results: " + resultsFile().toAbsolutePath());
    });
  }

  private Path resultsFile() {
    return configuration.outputDir().resolve("results.jsonl");
  }

  /** HTTP totals of every remote model of the run, by role; empty when only embedded models ran. */
  private String callTotals() {
    StringBuilder totals = new StringBuilder();
    models.remote().forEach((role, model) -> {
      CallStatistics stats = model.statistics();
      totals.append(String.format(Locale.ROOT,
          "- %s `%s`: %d requests, %d from cache, %d HTTP calls, %d retries, %d failed, tokens %d prompt + %d completion%n",
          role.id(), model.name(), stats.requests(), stats.cacheHits(), stats.calls(), stats.retries(),
          stats.failures(), stats.promptTokens(), stats.completionTokens()));
    });
    return totals.length() == 0 ? "" : "\n## Model calls of this run\n\n" + totals;
  }

  /** Writes {@code summary.md} and releases the models and the journal. */
  @Override
  public synchronized void close() {
    try {
      writeSummary();
    } finally {
      models.close();
      if (painter != null) {
        painter.close();
      }
      if (contamination != null) {
        contamination.ifPresent(ContaminationCheck::close);
      }
      if (journal != null) {
        journal.close();
      }
    }
  }

  private void writeSummary() {
    if (summaries.isEmpty()) {
      return;
    }
    facts.write(configuration.outputDir().resolve("run.json"), models.remote());
    String totals = callTotals();
    console.filter(out -> !totals.isEmpty()).ifPresent(out -> out.print(totals));
    Path file = configuration.outputDir().resolve("summary.md");
    try {
      Files.createDirectories(configuration.outputDir());
      Files.writeString(file, "# VLB summary\n\n" + String.join("\n", summaries) + totals, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}
