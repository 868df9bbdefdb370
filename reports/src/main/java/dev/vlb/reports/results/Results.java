package dev.vlb.reports.results;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The results of one run, merged from every results file read (the shards of the run), with the lines
 * that were skipped. The journal carries no timestamps: {@code firstWritten} and {@code lastWritten}
 * are the files' modification times, i.e. when the earliest and the latest shard finished writing.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Results(
    List<Path> files, List<ResultRecord> records, List<ReadProblem> problems, Instant firstWritten,
    Instant lastWritten) {

  public Results {
    files = List.copyOf(files);
    records = List.copyOf(records);
    problems = List.copyOf(problems);
  }

  /** Records held in memory rather than read from files, e.g. a suite's results as a run reports them. */
  public static Results of(List<ResultRecord> records) {
    return new Results(List.of(), records, List.of(), Instant.EPOCH, Instant.EPOCH);
  }

  /** The records per suite, suites in the order they first appear. */
  public Map<String, List<ResultRecord>> bySuite() {
    return records.stream()
        .collect(Collectors.groupingBy(ResultRecord::suite, LinkedHashMap::new, Collectors.toList()));
  }
}
