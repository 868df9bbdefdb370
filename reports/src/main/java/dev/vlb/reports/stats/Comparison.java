package dev.vlb.reports.stats;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.vlb.reports.results.ReadProblem;
import dev.vlb.reports.results.ResultRecord;
import dev.vlb.reports.results.Results;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A candidate run (a new model, this week's run) against a baseline (the current release, last week's),
 * suite by suite, with McNemar's exact test on the paired variants of every row.
 *
 * @param alpha the significance level a regression is judged at
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Comparison(Side baseline, Side candidate, double alpha, List<SuiteComparison> suites) {

  /** The significance level unless one is given. */
  public static final double ALPHA = 0.05;

  public Comparison {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be between 0 and 1, not " + alpha);
    }
    suites = List.copyOf(suites);
  }

  /**
   * Compares two runs, each one model's results.
   *
   * @throws IllegalArgumentException when a run holds several models' results, or alpha is not in (0, 1)
   */
  public static Comparison of(Results baseline, Results candidate, double alpha) {
    Side before = Side.of("baseline", baseline);
    Side after = Side.of("candidate", candidate);
    List<Pairing.Pair> pairs = Pairing.of(baseline.records(), candidate.records());
    Map<String, List<Pairing.Pair>> pairsBySuite = pairs.stream()
        .collect(Collectors.groupingBy(pair -> pair.baseline().suite(), LinkedHashMap::new, Collectors.toList()));
    Map<String, List<ResultRecord>> beforeBySuite = baseline.bySuite();
    Map<String, List<ResultRecord>> afterBySuite = candidate.bySuite();
    Set<String> suites = new LinkedHashSet<>(beforeBySuite.keySet());
    suites.addAll(afterBySuite.keySet());
    List<SuiteComparison> compared = suites.stream()
        .map(suite -> ComparisonTables.of(suite, beforeBySuite.getOrDefault(suite, List.of()),
            afterBySuite.getOrDefault(suite, List.of()), pairsBySuite.getOrDefault(suite, List.of())))
        .toList();
    return new Comparison(before, after, alpha, compared);
  }

  /** Every row whose candidate is significantly worse, suite by suite. */
  public List<ComparedRow> regressions() {
    return suites.stream().flatMap(suite -> suite.rows().stream()).filter(row -> row.regressionAt(alpha)).toList();
  }

  /** Where a run's results came from. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Side(List<Path> files, List<ReadProblem> problems, List<String> models, long variants) {

    public Side {
      files = List.copyOf(files);
      problems = List.copyOf(problems);
      models = List.copyOf(models);
    }

    static Side of(String role, Results results) {
      List<ResultRecord> variants = results.records().stream().filter(record -> record.chain().isPresent()).toList();
      List<String> models = variants.stream().map(ResultRecord::model).filter(model -> !model.isEmpty()).distinct()
          .toList();
      // Pairs are made per variant: two models of one run would both claim the other run's variant.
      if (models.size() > 1) {
        throw new IllegalArgumentException("the " + role + " holds the results of " + models.size() + " models ("
            + String.join(", ", models) + "); compare one model's run with another's");
      }
      return new Side(results.files(), results.problems(), models, variants.size());
    }
  }
}
