package dev.vlb.engine.contamination.semantic;

import dev.vlb.engine.store.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An index on disk: a signature, the format version, the model, the dimension, the number of rows,
 * every id, every id's file stamp, then every row as big-endian 32-bit floats. The rows go through a
 * buffer in bulk, so that 100,000 rows of 768 dimensions (307 MB) are read in about a second.
 */
final class IndexFile {

  static final int VERSION = 2;

  private static final byte[] SIGNATURE = "VLB-EMBEDDINGS\n".getBytes(StandardCharsets.US_ASCII);
  private static final int CHUNK_FLOATS = 1 << 16;
  private static final int BUFFER_BYTES = 1 << 16;

  private IndexFile() {}

  /** Writes next to {@code file} and then moves it into place, so that a reader never sees half a file. */
  static void write(EmbeddingIndex index, Path file) throws IOException {
    AtomicFiles.replace(file, stream -> {
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, BUFFER_BYTES));
      writeTo(index, out);
      out.flush();
    });
  }


  private static void writeTo(EmbeddingIndex index, DataOutputStream out) throws IOException {
    out.write(SIGNATURE);
    out.writeInt(VERSION);
    out.writeUTF(index.model());
    out.writeInt(index.dimension());
    out.writeInt(index.size());
    for (String id : index.ids()) {
      out.writeUTF(id);
    }
    for (String stamp : index.stamps()) {
      out.writeUTF(stamp);
    }
    float[] vectors = index.vectors();
    ByteBuffer chunk = ByteBuffer.allocate(CHUNK_FLOATS * Float.BYTES);
    FloatBuffer floats = chunk.asFloatBuffer();
    for (int at = 0; at < vectors.length; at += CHUNK_FLOATS) {
      int count = Math.min(CHUNK_FLOATS, vectors.length - at);
      floats.clear();
      floats.put(vectors, at, count);
      out.write(chunk.array(), 0, count * Float.BYTES);
    }
  }

  /**
   * @throws IOException when the file cannot be read, is no index, is of another format version, or is
   *     truncated or damaged
   */
  static EmbeddingIndex read(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES))) {
      byte[] signature = new byte[SIGNATURE.length];
      in.readFully(signature);
      if (!Arrays.equals(signature, SIGNATURE)) {
        throw new IOException(file + " is no embedding index");
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw new IOException(file + " is an embedding index of format version " + version + ", this engine reads version "
            + VERSION + ": delete it to embed the corpus again");
      }
      return readBody(file, in);
    } catch (EOFException e) {
      throw new IOException(file + " is truncated: delete it to embed the corpus again", e);
    }
  }

  private static EmbeddingIndex readBody(Path file, DataInputStream in) throws IOException {
    String model = in.readUTF();
    int dimension = in.readInt();
    int size = in.readInt();
    if (dimension < 1 || size < 1 || (long) dimension * size > Integer.MAX_VALUE - 8) {
      throw new IOException(file + " is damaged: it says it holds " + size + " rows of " + dimension + " dimensions");
    }
    List<String> ids = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      ids.add(in.readUTF());
    }
    List<String> stamps = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      stamps.add(in.readUTF());
    }
    float[] vectors = new float[dimension * size];
    byte[] chunk = new byte[CHUNK_FLOATS * Float.BYTES];
    FloatBuffer floats = ByteBuffer.wrap(chunk).asFloatBuffer();
    for (int at = 0; at < vectors.length; at += CHUNK_FLOATS) {
      int count = Math.min(CHUNK_FLOATS, vectors.length - at);
      in.readFully(chunk, 0, count * Float.BYTES);
      floats.clear();
      floats.get(vectors, at, count);
    }
    if (in.read() != -1) {
      throw new IOException(file + " is damaged: it goes on after its last row");
    }
    return EmbeddingIndex.of(model, ids, stamps, vectors);
  }
}
