package dev.vlb.engine.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Streams the records of a tab-separated file as pandas writes it: a field holding a tab, quote or
 * line break is quoted, quotes inside doubled. Each record knows its byte offset, so that one record
 * (an image) can be read again later without keeping it in memory.
 */
final class TsvReader implements Closeable {

  /** One record: its fields, where it starts in bytes and on which 1-based line. */
  record Row(List<String> fields, long offset, int line) {

    String field(int column) {
      return column >= 0 && column < fields.size() ? fields.get(column) : "";
    }
  }

  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final byte[] buffer = new byte[BUFFER];
  private int length;
  private int position;
  private long offset;
  private int line;
  private byte[] field = new byte[256];
  private int fieldLength;

  private TsvReader(InputStream in, long offset, int line) {
    this.in = in;
    this.offset = offset;
    this.line = line;
  }

  static TsvReader open(Path file) throws IOException {
    return new TsvReader(Files.newInputStream(file), 0, 1);
  }

  /** Reads the single record starting at {@code offset}, which an earlier pass reported. */
  static Row readAt(Path file, long offset, int line) throws IOException {
    try (FileChannel channel = FileChannel.open(file)) {
      channel.position(offset);
      try (TsvReader reader = new TsvReader(Channels.newInputStream(channel), offset, line)) {
        Row row = reader.next();
        if (row == null) {
          throw new IOException("no record at byte " + offset + " of " + file);
        }
        return row;
      }
    }
  }

  /** The next non-blank record, or {@code null} at the end of the file. */
  Row next() throws IOException {
    while (true) {
      long start = offset;
      int startLine = line;
      List<String> fields = new ArrayList<>();
      int terminator = readRecord(fields);
      if (terminator == -1 && fields.size() == 1 && fields.get(0).isEmpty()) {
        return null;
      }
      if (fields.size() > 1 || !fields.get(0).isEmpty()) {
        return new Row(List.copyOf(fields), start, startLine);
      }
    }
  }

  /** Reads fields up to the end of the record; returns the last byte read, -1 at end of file. */
  private int readRecord(List<String> fields) throws IOException {
    while (true) {
      fieldLength = 0;
      int next = read();
      if (next == '"') {
        next = readQuoted();
      }
      if (next != '\t' && next != '\n' && next != '\r' && next != -1) {
        append(next);
        next = readPlain();
      }
      fields.add(new String(field, 0, fieldLength, StandardCharsets.UTF_8));
      if (next == '\r' && peek() == '\n') {
        next = read();
      }
      if (next != '\t') {
        return next;
      }
    }
  }

  /** Reads a quoted field's content; returns the byte after the closing quote. */
  private int readQuoted() throws IOException {
    while (true) {
      int next = read();
      if (next == -1) {
        return -1;
      }
      if (next == '"') {
        next = read();
        if (next != '"') {
          return next;
        }
      }
      append(next);
    }
  }

  /** Copies the rest of an unquoted field in bulk; returns the delimiter that ends it, -1 at the end. */
  private int readPlain() throws IOException {
    while (fill()) {
      int start = position;
      while (position < length && !isDelimiter(buffer[position])) {
        position++;
      }
      append(buffer, start, position - start);
      offset += position - start;
      if (position < length) {
        return read();
      }
    }
    return -1;
  }

  private static boolean isDelimiter(byte b) {
    return b == '\t' || b == '\n' || b == '\r';
  }

  private void append(byte[] bytes, int from, int count) {
    if (fieldLength + count > field.length) {
      field = Arrays.copyOf(field, Math.max(field.length * 2, fieldLength + count));
    }
    System.arraycopy(bytes, from, field, fieldLength, count);
    fieldLength += count;
  }

  private void append(int b) {
    if (fieldLength == field.length) {
      field = Arrays.copyOf(field, field.length * 2);
    }
    field[fieldLength++] = (byte) b;
  }

  private int read() throws IOException {
    if (!fill()) {
      return -1;
    }
    offset++;
    int b = buffer[position++] & 0xff;
    if (b == '\n') {
      line++;
    }
    return b;
  }

  private int peek() throws IOException {
    return fill() ? buffer[position] & 0xff : -1;
  }

  private boolean fill() throws IOException {
    if (position < length) {
      return true;
    }
    length = in.read(buffer, 0, BUFFER);
    position = 0;
    return length > 0;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
