package dev.vlb.reports.results;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Reads one or more {@code results.jsonl} files into one {@link Results}. Several files are the shards
 * of one run ({@code vlb.shard=i/n}): their records are merged. A line that is not a result is reported
 * as a {@link ReadProblem} naming file and line, and the rest is still read.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ResultsReader {

  /** The name the engine gives its journal, in {@code target/vlb}. */
  public static final String FILE_NAME = "results.jsonl";

  // Shard directories are usually one or two levels below what a CI job downloads.
  private static final int SEARCH_DEPTH = 4;

  private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at \\[.*$", Pattern.DOTALL);

  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private ResultsReader() {}

  /**
   * Reads the given files, and every {@value #FILE_NAME} under the given directories.
   *
   * @throws IllegalArgumentException when a path does not exist, or a directory holds no results file
   * @throws UncheckedIOException when a file cannot be read
   */
  public static Results read(List<Path> paths) {
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("No results file given");
    }
    Set<Path> files = new LinkedHashSet<>();
    for (Path path : paths) {
      files.addAll(resultsFiles(path));
    }
    Merge merge = new Merge();
    files.forEach(merge::read);
    return merge.results(List.copyOf(files));
  }

  private static List<Path> resultsFiles(Path path) {
    if (Files.isRegularFile(path)) {
      return List.of(canonical(path));
    }
    if (!Files.isDirectory(path)) {
      throw new IllegalArgumentException("No such results file or directory: " + path.toAbsolutePath());
    }
    try (Stream<Path> walk = Files.walk(path, SEARCH_DEPTH)) {
      List<Path> found = walk.filter(file -> file.getFileName().toString().equals(FILE_NAME))
          .filter(Files::isRegularFile)
          .map(ResultsReader::canonical)
          .sorted()
          .toList();
      if (found.isEmpty()) {
        throw new IllegalArgumentException("No " + FILE_NAME + " in " + path.toAbsolutePath()
            + " (the engine writes it to target/vlb/" + FILE_NAME + ")");
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + path.toAbsolutePath(), e);
    }
  }

  private static Path canonical(Path path) {
    return path.toAbsolutePath().normalize();
  }

  /** Collects records over files; a result met twice (a shard read twice) counts once. */
  private static final class Merge {
    private final List<ResultRecord> records = new ArrayList<>();
    private final List<ReadProblem> problems = new ArrayList<>();
    private final Map<ResultKey, ReadProblem> seen = new HashMap<>();
    private final List<Instant> written = new ArrayList<>();

    void read(Path file) {
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        written.add(Files.getLastModifiedTime(file).toInstant());
        long number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          number++;
          if (!line.isBlank()) {
            accept(file, number, line);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read results file " + file, e);
      }
    }

    private void accept(Path file, long number, String line) {
      ResultRecord record;
      try {
        record = JSON.readValue(line, ResultRecord.class);
      } catch (JsonProcessingException e) {
        problems.add(new ReadProblem(file, number, "not a result line: " + withoutLocation(e.getOriginalMessage())));
        return;
      }
      String missing = missingField(record);
      if (missing != null) {
        problems.add(new ReadProblem(file, number, "no \"" + missing + "\" field; line skipped"));
        return;
      }
      ReadProblem here = new ReadProblem(file, number, "");
      ReadProblem first = seen.putIfAbsent(ResultKey.of(record), here);
      if (first != null) {
        problems.add(new ReadProblem(file, number, "the same result as " + first.file() + ":" + first.line()
            + " (suite " + record.suite() + ", item " + record.item() + ", variant " + record.variant()
            + "); counted once"));
        return;
      }
      records.add(record);
    }

    /** Jackson names where an unclosed object started; in a one-object line that is always column 1. */
    private static String withoutLocation(String message) {
      return START_MARKER.matcher(message).replaceFirst("");
    }

    private static String missingField(ResultRecord record) {
      if (record.suite() == null) {
        return "suite";
      }
      if (record.item() == null) {
        return "item";
      }
      return record.outcome() == null ? "outcome" : null;
    }

    Results results(List<Path> files) {
      Instant first = written.stream().min(Comparator.naturalOrder()).orElseThrow();
      Instant last = written.stream().max(Comparator.naturalOrder()).orElseThrow();
      return new Results(files, records, problems, first, last);
    }
  }

  private record ResultKey(String suite, String model, String item, String variant) {
    static ResultKey of(ResultRecord record) {
      return new ResultKey(record.suite(), record.model(), record.item(), record.variant());
    }
  }
}
