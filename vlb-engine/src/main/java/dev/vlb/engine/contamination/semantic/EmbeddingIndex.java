package dev.vlb.engine.contamination.semantic;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * The embeddings of a corpus, with the model that made them and the fingerprint of the corpus they
 * were made from, searched exactly: every query is compared with every row. The rows lie in one
 * contiguous {@code float[]}, each of unit length, so a dot product is a cosine.
 *
 * <p>Exact search is fast enough for the corpora the VLB paper checks: 100,000 rows of 768 dimensions
 * take some 30 to 45 ms per query on one core (see {@code EmbeddingIndexTiming} in the tests), and a
 * search needs no tuning and never misses the nearest image. Immutable and safe to search from many
 * threads at once; a caller checking many images spreads them over its own threads.
 */
@API(status = INTERNAL, since = "0.1")
public final class EmbeddingIndex {

  private final String model;
  private final String fingerprint;
  private final int dimension;
  private final List<String> ids;
  private final float[] vectors;

  /** The nearest corpus image to a query, and how near. */
  public record Neighbour(String id, double cosine) {}

  private EmbeddingIndex(String model, String fingerprint, int dimension, List<String> ids, float[] vectors) {
    this.model = model;
    this.fingerprint = fingerprint;
    this.dimension = dimension;
    this.ids = ids;
    this.vectors = vectors;
  }

  /**
   * An index of rows already scaled to unit length, row {@code i} at {@code vectors[i * dimension]}.
   *
   * @throws IllegalArgumentException when there are no rows, or the vectors do not make one row per id
   */
  static EmbeddingIndex of(String model, String fingerprint, List<String> ids, float[] vectors) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(fingerprint, "fingerprint");
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("An embedding index needs at least one corpus image");
    }
    if (vectors.length == 0 || vectors.length % ids.size() != 0) {
      throw new IllegalArgumentException(vectors.length + " floats are no whole number of rows for " + ids.size() + " ids");
    }
    return new EmbeddingIndex(model, fingerprint, vectors.length / ids.size(), List.copyOf(ids), vectors);
  }

  /**
   * Embeds every image of a corpus through {@code client}, at most {@code maxInFlight} at a time, so
   * that no more images than that are held in memory; the iterator may read each from disk as it is
   * asked for. Blocks until every image is embedded, or one fails: no further image is then sent.
   *
   * @param fingerprint says which state of the corpus this is, e.g. a hash of its file names and sizes
   * @throws EmbeddingCallException when an image could not be embedded
   * @throws IllegalArgumentException when the corpus is empty or names an image twice
   */
  public static EmbeddingIndex build(EmbeddingClient client, String fingerprint, Iterator<CorpusBytes> corpus, int maxInFlight)
      throws InterruptedException {
    CorpusEmbedder.Embedded embedded = CorpusEmbedder.embed(client, corpus, maxInFlight);
    return of(client.model(), fingerprint, embedded.ids(), embedded.rows());
  }

  /**
   * The index in {@code file} when there is one, else one built from the corpus and written there, so
   * that a corpus is embedded once and each later run reads it.
   *
   * @throws IndexMismatchException when the file holds another model's embeddings or another state of
   *     the corpus: it is not silently replaced, as embedding a corpus again may take hours
   */
  public static EmbeddingIndex readOrBuild(
      Path file, EmbeddingClient client, String fingerprint, Supplier<Iterator<CorpusBytes>> corpus, int maxInFlight)
      throws IOException, InterruptedException {
    if (Files.exists(file)) {
      return read(file, client.model(), fingerprint);
    }
    EmbeddingIndex index = build(client, fingerprint, corpus.get(), maxInFlight);
    index.write(file);
    return index;
  }

  /**
   * The index written to {@code file}, when it holds embeddings of {@code model} made from the corpus
   * with {@code fingerprint}.
   *
   * @throws IndexMismatchException when it holds another model's embeddings or another corpus'
   * @throws IOException when it cannot be read or is no index of this engine (truncated, another format)
   */
  public static EmbeddingIndex read(Path file, String model, String fingerprint) throws IOException {
    EmbeddingIndex index = IndexFile.read(file);
    if (!index.model.equals(model)) {
      throw new IndexMismatchException(file + " holds embeddings of model '" + index.model + "', not of '" + model
          + "'; cosines across models mean nothing: delete the file to embed the corpus with '" + model + "'");
    }
    if (!index.fingerprint.equals(fingerprint)) {
      throw new IndexMismatchException(file + " was built from the corpus with fingerprint '" + index.fingerprint
          + "', but the corpus now has '" + fingerprint + "': delete the file to embed the corpus again");
    }
    return index;
  }

  /** Writes the index to {@code file}, creating its folder; a reader never sees a half-written file. */
  public void write(Path file) throws IOException {
    IndexFile.write(this, file);
  }

  /**
   * The corpus image nearest to {@code embedding} by cosine; of equally near ones, the first.
   *
   * @throws IndexMismatchException when the embedding has another dimension than the index
   */
  public Neighbour nearest(float[] embedding) {
    return nearest(embedding, 1).get(0);
  }

  /**
   * The {@code k} corpus images nearest to {@code embedding}, nearest first; fewer when the corpus has
   * fewer. The embedding need not be of unit length.
   *
   * @throws IndexMismatchException when the embedding has another dimension than the index
   */
  public List<Neighbour> nearest(float[] embedding, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, was " + k);
    }
    if (embedding.length != dimension) {
      throw new IndexMismatchException("An embedding of " + embedding.length + " dimensions cannot be searched in an index of "
          + dimension + " (model '" + model + "')");
    }
    float[] query = Vectors.normalised(embedding);
    int count = Math.min(k, size());
    int[] rows = new int[count];
    float[] cosines = new float[count];
    int found = 0;
    for (int row = 0, offset = 0; row < size(); row++, offset += dimension) {
      float cosine = Vectors.dot(vectors, offset, query);
      if (found < count) {
        place(rows, cosines, found++, row, cosine);
      } else if (cosine > cosines[count - 1]) {
        place(rows, cosines, count - 1, row, cosine);
      }
    }
    List<Neighbour> nearest = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      nearest.add(new Neighbour(ids.get(rows[i]), cosines[i]));
    }
    return nearest;
  }

  /**
   * Puts a row among the nearest so far, kept nearest first, into place {@code free} or above it: after
   * those as near (the earlier row wins a tie). What was in {@code free} falls out.
   */
  private static void place(int[] rows, float[] cosines, int free, int row, float cosine) {
    int at = free;
    while (at > 0 && cosines[at - 1] < cosine) {
      rows[at] = rows[at - 1];
      cosines[at] = cosines[at - 1];
      at--;
    }
    rows[at] = row;
    cosines[at] = cosine;
  }

  /** The model whose embeddings these are. */
  public String model() {
    return model;
  }

  /** The state of the corpus the index was made from, as its caller named it. */
  public String fingerprint() {
    return fingerprint;
  }

  public int dimension() {
    return dimension;
  }

  /** The number of corpus images. */
  public int size() {
    return ids.size();
  }

  List<String> ids() {
    return ids;
  }

  /** The rows themselves, not a copy: for writing them out. */
  float[] vectors() {
    return vectors;
  }

  @Override
  public String toString() {
    return "EmbeddingIndex[" + size() + " images, " + dimension + " dimensions, model " + model + ", corpus " + fingerprint + "]";
  }
}
