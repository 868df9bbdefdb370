package dev.vlb.engine.execution;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vlb.engine.configuration.ModelRole;
import dev.vlb.engine.model.CallStatistics;
import dev.vlb.engine.model.RemoteModel;
import dev.vlb.engine.result.GateVerdict;
import dev.vlb.engine.result.SuiteSummary;
import dev.vlb.engine.suite.SuiteDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a report needs to know of the run beyond its results, written as {@code run.json} beside
 * {@code results.jsonl}: the JDK and OS (the synthetic world's renders depend on them), each suite's
 * dataset, limit and seed with the model's answers, cache hits, tokens, gate verdict and contamination
 * check, and each remote model's
 * endpoint (without keys) with its HTTP calls.
 */
final class RunFacts {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ObjectNode facts = JSON.createObjectNode();
  private final ArrayNode suites = facts.putArray("suites");

  RunFacts(Instant started) {
    facts.put("started", started.toString())
        .put("jdk", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")")
        .put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
  }

  /** @param gate the verdict of the suite's {@code @Gate}, as its summary says it; empty without one */
  synchronized void suite(SuiteDefinition definition, SuiteSummary summary, Optional<GateVerdict> gate) {
    SuiteSummary.Usage usage = summary.usage();
    ObjectNode suite = suites.addObject()
        .put("suite", definition.suiteClass().getName())
        .put("dataset", definition.datasetId())
        .put("source", definition.source())
        .put("limit", definition.limit())
        .put("seed", definition.seed())
        .put("model", summary.labels().model())
        .put("asked", usage.asked())
        .put("cached", usage.cached())
        .put("promptTokens", usage.promptTokens())
        .put("completionTokens", usage.completionTokens());
    summary.contamination().ifPresent(check -> suite.put("contamination", check.setup()));
    suite.put("wallSeconds", summary.wallTime().toMillis() / 1000.0)
        .put("gate", gate.map(GateVerdict::render).orElse("gate: none (the suite has no @Gate)\n").strip());
  }

  synchronized void write(Path file, Map<ModelRole, RemoteModel> remote) {
    facts.put("finished", Instant.now().toString());
    ArrayNode models = facts.putArray("models");
    remote.forEach((role, model) -> {
      CallStatistics stats = model.statistics();
      models.addObject().put("role", role.id()).put("name", model.name()).put("requests", stats.requests())
          .put("cacheHits", stats.cacheHits()).put("calls", stats.calls()).put("retries", stats.retries())
          .put("failures", stats.failures()).put("promptTokens", stats.promptTokens())
          .put("completionTokens", stats.completionTokens());
    });
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, JSON.writeValueAsString(facts));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}
