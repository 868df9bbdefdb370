package dev.vlb.engine.result;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.vlb.engine.bootstrap.Chain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * Appends one JSON object per variant result to {@code results.jsonl}, flushed per line so that a
 * run that is killed keeps every result it reported.
 *
 * <p>A run replaces only what it ran: when it closes, the earlier run's results of suites it did not
 * run, and of suites it ran only in part (an IDE re-run of an item or a variant), are kept for every
 * variant it did not run again, so each variant is in the file once, the latest result of it. A suite
 * run whole replaces all of its earlier results, so none is left from another limit or seed. Until
 * then the earlier results wait beside the file ({@code results.jsonl.previous}); a run killed before
 * closing has them merged by the next one, and the variants it recorded are taken from it instead of
 * being asked again ({@link #resumed}), also without the response cache.
 */
@API(status = INTERNAL, since = "0.1")
public final class ResultsJournal implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

  /** The fields that name a line's variant. */
  private static final Set<String> IDENTITY = Set.of("suite", "item", "variant");

  private final Path file;
  private final Path previous;
  private final Path running;
  private final Writer writer;
  /** The lines of a run that was killed before it closed, by variant, to resume from. */
  private final Map<String, String> interrupted;
  /** Suites of this run: true when run whole. */
  private final Map<String, Boolean> suites = new HashMap<>();
  private final Set<String> written = new HashSet<>();

  private ResultsJournal(Path file, Path previous, Path running, Writer writer, Map<String, String> interrupted) {
    this.file = file;
    this.previous = previous;
    this.running = running;
    this.writer = writer;
    this.interrupted = interrupted;
  }

  /**
   * Starts a journal; the results already in the file are kept aside until {@link #close}. When the run
   * that wrote them was killed before closing (its marker {@code results.jsonl.running} is still there),
   * its results are also offered to {@link #resumed}, so that this run need not ask for them again.
   */
  public static ResultsJournal create(Path file) {
    Path previous = file.resolveSibling(file.getFileName() + ".previous");
    Path running = file.resolveSibling(file.getFileName() + ".running");
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Map<String, String> interrupted = new HashMap<>();
      if (Files.exists(file)) {
        if (Files.exists(running)) {
          readInto(interrupted, file);
        }
        if (Files.exists(previous)) {
          // the run that wrote the file was killed before closing: its results, then the rest of the one before
          mergeInto(file, previous, key -> true);
        }
        Files.move(file, previous, StandardCopyOption.REPLACE_EXISTING);
      }
      Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
      Files.writeString(running, "");
      return new ResultsJournal(file, previous, running, writer, interrupted);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create results journal " + file, e);
    }
  }

  private static void readInto(Map<String, String> lines, Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        Line line = Line.of(text);
        if (line != null) {
          lines.put(line.key(), text);
        }
      }
    }
  }

  /**
   * The result a killed run recorded for this variant, when it can stand for this run's: the same model,
   * the same variant (its store key, when both have one), and an answer or a final "not generated"; an
   * error is asked again, since infrastructure recovers.
   */
  public synchronized Optional<VariantResult> resumed(SuiteLabels labels, ItemFacts item, Chain chain,
      Optional<String> variantKey) {
    String text = interrupted.get(key(labels.suite(), item.id(), chain.id()));
    if (text == null) {
      return Optional.empty();
    }
    return JournalRecord.resumable(text, labels, item, chain, variantKey);
  }

  public Path file() {
    return file;
  }

  /** Declares a suite of this run, before its first result: run whole, or only in part. */
  public synchronized void started(String suite, boolean whole) {
    suites.merge(suite, whole, Boolean::logicalOr);
  }

  public void append(SuiteLabels labels, VariantResult result) {
    write(JournalRecord.of(labels, result));
  }

  public void append(SuiteLabels labels, ItemError error) {
    write(JournalRecord.of(labels, error));
  }

  private synchronized void write(JournalRecord record) {
    try {
      writer.write(JSON.writeValueAsString(record));
      writer.write('\n');
      writer.flush();
      written.add(key(record.suite(), record.item(), record.variant()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot append to results journal " + file, e);
    }
  }

  /** Closes the file after adding the earlier results this run did not replace. */
  @Override
  public synchronized void close() {
    try {
      writer.close();
      if (Files.exists(previous)) {
        mergeInto(file, previous, this::kept);
        Files.delete(previous);
      }
      Files.deleteIfExists(running);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close results journal " + file, e);
    }
  }

  /** An earlier result this run leaves standing: its suite did not run whole, and its variant not again. */
  private boolean kept(Line line) {
    return !suites.getOrDefault(line.suite(), false) && !written.contains(line.key());
  }

  /** Appends the lines of {@code from} that {@code keep} accepts and {@code into} does not hold already. */
  private static void mergeInto(Path into, Path from, Predicate<Line> keep) throws IOException {
    Set<String> present = new HashSet<>();
    try (BufferedReader lines = Files.newBufferedReader(into, StandardCharsets.UTF_8)) {
      lines.lines().map(Line::of).filter(line -> line != null).forEach(line -> present.add(line.key()));
    }
    try (BufferedReader lines = Files.newBufferedReader(from, StandardCharsets.UTF_8);
        Writer out = Files.newBufferedWriter(into, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
      for (String text = lines.readLine(); text != null; text = lines.readLine()) {
        Line line = Line.of(text);
        if (line != null && !present.contains(line.key()) && keep.test(line)) {
          out.write(text);
          out.write('\n');
        }
      }
    }
  }

  private static String key(String suite, String item, String variant) {
    return suite + '\u0000' + item + '\u0000' + variant;
  }

  /** The identity of one line of an earlier journal; {@code null} for a line that is not a result. */
  private record Line(String suite, String key) {

    /**
     * Reads only the top-level {@code suite}, {@code item} and {@code variant}: a journal line carries the
     * whole reply, the steps and the grades, and a rerun reads every line of two journals.
     */
    static Line of(String text) {
      Map<String, String> identity = new HashMap<>();
      try (JsonParser parser = JSON.createParser(text)) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          return null;
        }
        while (identity.size() < IDENTITY.size() && parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          JsonToken value = parser.nextToken();
          if (IDENTITY.contains(field) && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
            identity.put(field, parser.getText());
          } else {
            parser.skipChildren();
          }
        }
      } catch (IOException e) {
        return null;
      }
      String suite = identity.get("suite");
      String item = identity.get("item");
      return suite == null || item == null ? null : new Line(suite, ResultsJournal.key(suite, item, identity.get("variant")));
    }
  }
}
