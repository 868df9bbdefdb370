package dev.vlb.engine.contamination;

import dev.vlb.engine.store.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hashes of a corpus on disk, so that a second run reads them instead of decoding every image. A
 * binary file: a header (a name, {@link #FORMAT}, the hash's {@link PerceptualHash#RECIPE}, the entry
 * count), then per image its absolute path, size in bytes and modification time in nanoseconds (the
 * corpus's fingerprint: an image whose three are unchanged is not read again), and either its
 * {@link PerceptualHash#VIEWS} hashes or why it could not be read.
 *
 * <p>A file of another format or recipe, or one cut short, is not an error: it is read as empty, and
 * every image is hashed again.
 */
final class IndexFile {

  /** Raised whenever the layout changes. */
  static final int FORMAT = 1;

  private static final String NAME = "vlb-near-duplicate-index";

  /**
   * One image as indexed.
   *
   * @param views its hashes, or {@code null} when it could not be read
   * @param problem why it could not be read; empty when hashed
   */
  record Entry(String path, long size, long modified, long[] views, String problem) {

    boolean hashed() {
      return views != null;
    }

    /** Whether the file is as it was when indexed. */
    boolean sameFile(long otherSize, long otherModified) {
      return size == otherSize && modified == otherModified;
    }
  }

  private IndexFile() {}

  /**
   * The entries by path.
   *
   * @throws IOException when the file cannot be read, is cut short, or was written by another format or
   *     recipe; the message says which
   */
  static Map<String, Entry> read(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      String name = in.readUTF();
      int format = in.readInt();
      String recipe = in.readUTF();
      if (!name.equals(NAME) || format != FORMAT || !recipe.equals(PerceptualHash.RECIPE)) {
        throw new IOException("written as " + name + " format " + format + " with " + recipe + ", expected " + NAME
            + " format " + FORMAT + " with " + PerceptualHash.RECIPE);
      }
      int count = in.readInt();
      Map<String, Entry> entries = new HashMap<>();
      for (int i = 0; i < count; i++) {
        Entry entry = entry(in);
        entries.put(entry.path(), entry);
      }
      return entries;
    }
  }

  /** Writes the entries through a temporary file renamed over the target, so a reader never sees half. */
  static void write(Path file, List<Entry> entries) throws IOException {
    AtomicFiles.replace(file.toAbsolutePath(), stream -> {
      DataOutputStream out = new DataOutputStream(stream);
      out.writeUTF(NAME);
      out.writeInt(FORMAT);
      out.writeUTF(PerceptualHash.RECIPE);
      out.writeInt(entries.size());
      for (Entry entry : entries) {
        write(out, entry);
      }
      out.flush();
    });
  }


  private static Entry entry(DataInputStream in) throws IOException {
    String path = in.readUTF();
    long size = in.readLong();
    long modified = in.readLong();
    if (!in.readBoolean()) {
      return new Entry(path, size, modified, null, in.readUTF());
    }
    long[] views = new long[PerceptualHash.VIEWS];
    for (int view = 0; view < views.length; view++) {
      views[view] = in.readLong();
    }
    return new Entry(path, size, modified, views, "");
  }

  private static void write(DataOutputStream out, Entry entry) throws IOException {
    out.writeUTF(entry.path());
    out.writeLong(entry.size());
    out.writeLong(entry.modified());
    out.writeBoolean(entry.hashed());
    if (entry.hashed()) {
      for (long view : entry.views()) {
        out.writeLong(view);
      }
    } else {
      out.writeUTF(entry.problem());
    }
  }
}
