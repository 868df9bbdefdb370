package dev.vlb.engine.store;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * Whole files or none: bytes go to a temporary file in the target's folder, and the file is renamed onto
 * the target in one step. A process killed mid-write leaves at most a temporary file
 * ({@code .<name>.<random>.tmp}), which readers never look at and {@link #sweep} removes once it is old.
 *
 * <p>Nothing is forced to the disk: a killed process loses nothing the kernel holds, and what a power
 * cut might damage is found by the entry's checksum when read and generated again. Forcing every file
 * and folder cost a third of a synthetic suite's run time.
 */
@API(status = INTERNAL, since = "0.1")
public final class AtomicFiles {

  /** What goes into a file, written to a stream: a binary index, say. */
  @FunctionalInterface
  @API(status = INTERNAL, since = "0.1")
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  static final String TEMPORARY_SUFFIX = ".tmp";

  /** Older temporary files belong to writers that died: none takes an hour over one file. */
  static final Duration STALE = Duration.ofHours(1);

  private AtomicFiles() {}

  /**
   * Writes {@code bytes} to {@code target} unless it exists.
   *
   * @return whether this call wrote it; another writer may win a race of the same name, harmlessly
   *     when both write the same content
   */
  static boolean writeIfAbsent(Path target, byte[] bytes) throws IOException {
    if (Files.exists(target)) {
      return false;
    }
    replace(target, bytes);
    return true;
  }

  /** Writes {@code bytes} to {@code target}; a reader sees the old file or the new one, whole. */
  static void replace(Path target, byte[] bytes) throws IOException {
    replace(target, out -> out.write(bytes));
  }

  /** Writes {@code content} to {@code target} through a buffer; a reader sees the old file or the new one, whole. */
  public static void replace(Path target, Content content) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    if (!Files.isDirectory(folder)) {
      Files.createDirectories(folder);
    }
    Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", TEMPORARY_SUFFIX);
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
        content.writeTo(out);
      }
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  static boolean isTemporary(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(".") && name.endsWith(TEMPORARY_SUFFIX);
  }

  /** Deletes temporary files in {@code folder} last modified before {@code now - STALE}. */
  static int sweep(Path folder, Instant now) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    int removed = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + TEMPORARY_SUFFIX)) {
      for (Path file : files) {
        if (isTemporary(file) && isStale(file, now)) {
          removed += Files.deleteIfExists(file) ? 1 : 0;
        }
      }
    }
    return removed;
  }

  private static boolean isStale(Path file, Instant now) throws IOException {
    try {
      return Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(STALE));
    } catch (NoSuchFileException e) {
      return false;
    }
  }
}
