package dev.vlb.engine.result;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apiguardian.api.API;

/**
 * Appends one JSON object per variant result to {@code results.jsonl}, flushed per line so that a
 * run that is killed keeps every result it reported.
 */
@API(status = INTERNAL, since = "0.1")
public final class ResultsJournal implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;
  private final Writer writer;

  private ResultsJournal(Path file, Writer writer) {
    this.file = file;
    this.writer = writer;
  }

  /** Starts a fresh journal, replacing the one of an earlier run. */
  public static ResultsJournal create(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
      return new ResultsJournal(file, writer);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create results journal " + file, e);
    }
  }

  public Path file() {
    return file;
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
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot append to results journal " + file, e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close results journal " + file, e);
    }
  }
}
