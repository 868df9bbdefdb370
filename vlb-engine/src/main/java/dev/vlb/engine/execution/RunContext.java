package dev.vlb.engine.execution;

import dev.vlb.api.spi.VisionLanguageModel;
import dev.vlb.engine.configuration.ConfigurationKeys;
import dev.vlb.engine.configuration.Settings;
import dev.vlb.engine.dataset.Datasets;
import dev.vlb.engine.model.ModelClients;
import dev.vlb.engine.model.RemoteModel;
import dev.vlb.engine.model.reference.ReferenceModel;
import dev.vlb.engine.report.SuiteSummary;
import dev.vlb.engine.report.SummaryTable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one engine execution shares across suites: configuration, datasets, the configured
 * models (created once, closed at the end), the results journal and the summaries for
 * {@code summary.md}.
 */
public final class RunContext implements AutoCloseable {

  private final Settings settings;
  private final Datasets datasets;
  private final Path outputDir;
  private ResultsJournal journal;
  /** Standard output, or empty when {@code vlb.summary.console} is off. */
  private final Optional<PrintStream> console;
  private final Map<String, Optional<VisionLanguageModel>> configuredModels = new TreeMap<>();
  private final List<String> summaries = new ArrayList<>();

  private RunContext(Settings settings, Datasets datasets, Path outputDir, PrintStream console) {
    this.settings = settings;
    this.datasets = datasets;
    this.outputDir = outputDir;
    this.console = settings.getBoolean(ConfigurationKeys.SUMMARY_CONSOLE, true) ? Optional.of(console) : Optional.empty();
  }

  public static RunContext create(Settings settings, ClassLoader classLoader) {
    Path outputDir = Path.of(settings.get(ConfigurationKeys.OUTPUT_DIR, "target/vlb"));
    return new RunContext(settings, Datasets.load(classLoader), outputDir, System.out);
  }

  public Settings settings() {
    return settings;
  }

  public Datasets datasets() {
    return datasets;
  }

  /** The model configured for a role ({@code model}, {@code judge}, {@code grader}...), if any. */
  public synchronized Optional<VisionLanguageModel> configured(String role) {
    return configuredModels.computeIfAbsent(role, r -> ModelClients.create(r, settings));
  }

  /** The configured model under test, or the embedded reference model. */
  public synchronized VisionLanguageModel defaultModel() {
    return configured("model").orElseGet(() -> {
      VisionLanguageModel reference = ReferenceModel.create();
      configuredModels.put("model", Optional.of(reference));
      return reference;
    });
  }

  synchronized void record(VariantResult result) {
    if (journal == null) {
      journal = ResultsJournal.create(outputDir.resolve("results.jsonl"));
    }
    journal.append(result);
  }

  synchronized void summarise(SuiteSummary summary, List<String> gateBreaks) {
    String table = SummaryTable.render(summary, gateBreaks);
    summaries.add(table);
    console.ifPresent(out -> {
      out.println();
      out.print(table);
      out.println("results: " + outputDir.resolve("results.jsonl").toAbsolutePath());
    });
  }

  /** HTTP totals of every remote model of the run, by role; empty when only embedded models ran. */
  private String callTotals() {
    StringBuilder totals = new StringBuilder();
    configuredModels.forEach((role, model) -> model
        .filter(RemoteModel.class::isInstance)
        .map(remote -> ((RemoteModel) remote).statistics())
        .ifPresent(stats -> totals.append(String.format(Locale.ROOT,
            "- %s `%s`: %d requests, %d from cache, %d HTTP calls, %d retries, %d failed, tokens %d prompt + %d completion%n",
            role, model.get().name(), stats.requests(), stats.cacheHits(), stats.calls(), stats.retries(),
            stats.failures(), stats.promptTokens(), stats.completionTokens()))));
    return totals.length() == 0 ? "" : "\n## Model calls of this run\n\n" + totals;
  }

  /** Writes {@code summary.md} and releases the models and the journal. */
  @Override
  public synchronized void close() {
    if (summaries.isEmpty()) {
      configuredModels.values().forEach(model -> model.ifPresent(VisionLanguageModel::close));
      return;
    }
    String totals = callTotals();
    if (!totals.isEmpty()) {
      console.ifPresent(out -> out.print(totals));
    }
    try {
      Files.createDirectories(outputDir);
      Files.writeString(outputDir.resolve("summary.md"),
          "# VLB summary\n\n" + String.join("\n", summaries) + totals, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + outputDir.resolve("summary.md"), e);
    } finally {
      configuredModels.values().forEach(model -> model.ifPresent(VisionLanguageModel::close));
      if (journal != null) {
        journal.close();
      }
    }
  }
}
