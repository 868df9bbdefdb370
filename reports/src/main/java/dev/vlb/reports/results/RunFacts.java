package dev.vlb.reports.results;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What the engine wrote of a run beside its results ({@code run.json}): when it ran, on which JDK and OS,
 * each suite's dataset, limit and seed with the model's answers, tokens and gate verdict, and each remote model's
 * endpoint (never a key) with its HTTP calls. Fields a file lacks read as empty.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunFacts(String started, String finished, String jdk, String os, List<SuiteFacts> suites,
    List<ModelFacts> models) {

  /** The file's name, beside {@code results.jsonl}. */
  public static final String FILE = "run.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  public RunFacts {
    started = Objects.requireNonNullElse(started, "");
    finished = Objects.requireNonNullElse(finished, "");
    jdk = Objects.requireNonNullElse(jdk, "");
    os = Objects.requireNonNullElse(os, "");
    suites = suites == null ? List.of() : List.copyOf(suites);
    models = models == null ? List.of() : List.copyOf(models);
  }

  /** One suite as it ran; {@code contamination} says what its images were checked against, empty when they were not. */
  @API(status = EXPERIMENTAL, since = "0.1")
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record SuiteFacts(String suite, String dataset, String source, int limit, long seed, String model, long asked,
      long cached, long promptTokens, long completionTokens, double wallSeconds, String gate, String contamination) {

    public SuiteFacts {
      gate = Objects.requireNonNullElse(gate, "");
      contamination = Objects.requireNonNullElse(contamination, "");
    }
  }

  /** One model reached over HTTP, by its role (model, judge, planner, grader). */
  @API(status = EXPERIMENTAL, since = "0.1")
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ModelFacts(String role, String name, long requests, long cacheHits, long calls, long retries,
      long failures, long promptTokens, long completionTokens) {}

  /**
   * The facts written beside a results file, or empty when there are none or they cannot be read (a report
   * still shows the results).
   */
  public static Optional<RunFacts> beside(Path resultsFile) {
    Path file = resultsFile.resolveSibling(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), RunFacts.class));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
