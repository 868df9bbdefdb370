package dev.vlb.engine.dataset;

import dev.vlb.api.spi.DatasetEntry;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Lazily read entry streams over an open file, closed with the stream. */
final class EntryStreams {

  /** Reads the next entry, {@code null} at the end. */
  @FunctionalInterface
  interface EntryReader {
    DatasetEntry next() throws IOException;
  }

  private EntryStreams() {}

  /**
   * A stream of what {@code reader} reads, at most {@code limit} entries (0: all); closing the stream
   * closes {@code resource}. A read failure mid-file ends the stream with an {@link UncheckedIOException}
   * naming the file.
   */
  static Stream<DatasetEntry> of(EntryReader reader, Closeable resource, int limit, String file) {
    Stream<DatasetEntry> stream =
        StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(reader, file), Spliterator.ORDERED | Spliterator.NONNULL), false)
            .onClose(() -> close(resource, file));
    return limit(stream, limit);
  }

  /** At most {@code limit} entries, all for 0. */
  static Stream<DatasetEntry> limit(Stream<DatasetEntry> stream, int limit) {
    return limit > 0 ? stream.limit(limit) : stream;
  }

  private static Iterator<DatasetEntry> iterator(EntryReader reader, String file) {
    return new Iterator<>() {
      private DatasetEntry next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          try {
            next = reader.next();
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot read dataset file " + file + ": " + e.getMessage(), e);
          }
          done = next == null;
        }
        return next != null;
      }

      @Override
      public DatasetEntry next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        DatasetEntry entry = next;
        next = null;
        return entry;
      }
    };
  }

  private static void close(Closeable resource, String file) {
    try {
      resource.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close dataset file " + file, e);
    }
  }
}
