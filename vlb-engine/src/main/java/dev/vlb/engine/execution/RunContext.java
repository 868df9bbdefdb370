package dev.vlb.engine.execution;

import dev.vlb.api.spi.VisionLanguageModel;
import dev.vlb.engine.configuration.ConfigurationKeys;
import dev.vlb.engine.configuration.Settings;
import dev.vlb.engine.dataset.Datasets;
import dev.vlb.engine.model.ModelClients;
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
import java.util.HashMap;
import java.util.List;
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
  private final PrintStream console;
  private final Map<String, Optional<VisionLanguageModel>> configuredModels = new HashMap<>();
  private final List<String> summaries = new ArrayList<>();

  private RunContext(Settings settings, Datasets datasets, Path outputDir, PrintStream console) {
    this.settings = settings;
    this.datasets = datasets;
    this.outputDir = outputDir;
    this.console = console;
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
    if (settings.getBoolean(ConfigurationKeys.SUMMARY_CONSOLE, true)) {
      console.println();
      console.print(table);
      console.println("results: " + outputDir.resolve("results.jsonl").toAbsolutePath());
    }
  }

  /** Writes {@code summary.md} and releases the models and the journal. */
  @Override
  public synchronized void close() {
    if (summaries.isEmpty()) {
      configuredModels.values().forEach(model -> model.ifPresent(VisionLanguageModel::close));
      return;
    }
    try {
      Files.createDirectories(outputDir);
      Files.writeString(outputDir.resolve("summary.md"),
          "# VLB summary\n\n" + String.join("\n", summaries), StandardCharsets.UTF_8);
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
