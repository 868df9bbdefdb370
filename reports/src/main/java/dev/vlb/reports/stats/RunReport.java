package dev.vlb.reports.stats;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.vlb.reports.results.ReadProblem;
import dev.vlb.reports.results.Results;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.apiguardian.api.API;

/** Everything a report shows about one run: its suites' tables, where they came from, what was skipped. */
@API(status = EXPERIMENTAL, since = "0.1")
public record RunReport(
    List<Path> files, List<ReadProblem> problems, Instant firstWritten, Instant lastWritten,
    List<SuiteReport> suites) {

  public RunReport {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
    suites = List.copyOf(suites);
  }

  public static RunReport of(Results results) {
    List<SuiteReport> suites = results.bySuite().entrySet().stream()
        .map(suite -> SuiteReport.of(suite.getKey(), suite.getValue()))
        .toList();
    return new RunReport(results.files(), results.problems(), results.firstWritten(), results.lastWritten(), suites);
  }

  public List<String> models() {
    return distinct(SuiteReport::models);
  }

  public List<String> judges() {
    return distinct(SuiteReport::judges);
  }

  public List<String> datasets() {
    return distinct(SuiteReport::datasets);
  }

  public long variants() {
    return suites.stream().mapToLong(SuiteReport::variants).sum();
  }

  private List<String> distinct(Function<SuiteReport, List<String>> names) {
    return suites.stream().flatMap(suite -> names.apply(suite).stream()).distinct().toList();
  }
}
