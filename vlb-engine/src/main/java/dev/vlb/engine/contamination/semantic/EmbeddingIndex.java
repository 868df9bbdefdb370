package dev.vlb.engine.contamination.semantic;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.engine.contamination.CorpusImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;

/**
 * The embeddings of a corpus, with the model that made them and the state of each image file each
 * was made from, searched exactly: every query is compared with every row. The rows lie in one
 * contiguous {@code float[]}, each of unit length, so a dot product is a cosine.
 *
 * <p>Exact search is fast enough for the corpora the VLB paper checks: 100,000 rows of 768 dimensions
 * take some 30 to 45 ms per query on one core (see {@code EmbeddingIndexTiming} in the tests), and a
 * search needs no tuning and never misses the nearest image. Immutable and safe to search from many
 * threads at once; a caller checking many images spreads them over its own threads.
 */
@API(status = INTERNAL, since = "0.1")
public final class EmbeddingIndex {

  private static final System.Logger LOG = System.getLogger(EmbeddingIndex.class.getName());

  private final String model;
  private final int dimension;
  private final List<String> ids;
  /** Per row, the size and modification time of the file it was made from; empty when not made from a file. */
  private final List<String> stamps;
  private final float[] vectors;

  /** The nearest corpus image to a query, and how near. */
  public record Neighbour(String id, double cosine) {}

  private EmbeddingIndex(String model, int dimension, List<String> ids, List<String> stamps, float[] vectors) {
    this.model = model;
    this.dimension = dimension;
    this.ids = ids;
    this.stamps = stamps;
    this.vectors = vectors;
  }

  /**
   * An index of rows already scaled to unit length, row {@code i} at {@code vectors[i * dimension]}.
   *
   * @param stamps per row, the state of the file it was made from ({@link #stamp}); empty when unknown
   * @throws IllegalArgumentException when there are no rows, or the vectors do not make one row per id
   */
  static EmbeddingIndex of(String model, List<String> ids, List<String> stamps, float[] vectors) {
    Objects.requireNonNull(model, "model");
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("An embedding index needs at least one corpus image");
    }
    if (vectors.length == 0 || vectors.length % ids.size() != 0) {
      throw new IllegalArgumentException(vectors.length + " floats are no whole number of rows for " + ids.size() + " ids");
    }
    if (stamps.size() != ids.size()) {
      throw new IllegalArgumentException(stamps.size() + " stamps for " + ids.size() + " ids");
    }
    return new EmbeddingIndex(model, vectors.length / ids.size(), List.copyOf(ids), List.copyOf(stamps), vectors);
  }

  /**
   * Embeds every image of a corpus through {@code client}, at most {@code maxInFlight} at a time, so
   * that no more images than that are held in memory; the iterator may read each from disk as it is
   * asked for. Blocks until every image is embedded, or one fails: no further image is then sent.
   *
   * @throws EmbeddingCallException when an image could not be embedded
   * @throws IllegalArgumentException when the corpus is empty or names an image twice
   */
  public static EmbeddingIndex build(EmbeddingClient client, Iterator<CorpusBytes> corpus, int maxInFlight)
      throws InterruptedException {
    CorpusEmbedder.Embedded embedded = CorpusEmbedder.embed(client, corpus, maxInFlight);
    return of(client.model(), embedded.ids(), Collections.nCopies(embedded.ids().size(), ""), embedded.rows());
  }

  /**
   * The corpus' index, kept in {@code file}: the rows of images whose file is unchanged since they were
   * embedded (same id, size and modification time) are read from it, the other images are embedded, and
   * the file is written again when anything changed. A corpus is thus embedded once, and a later run
   * embeds only the images added or replaced since.
   *
   * @throws IndexMismatchException when the file holds another model's embeddings, or the model now
   *     answers another dimension: it is not silently replaced, as embedding a corpus again may take hours
   * @throws EmbeddingCallException when an image could not be embedded; the file is then left as it was
   * @throws UncheckedIOException when a corpus image cannot be read
   */
  public static EmbeddingIndex update(Path file, EmbeddingClient client, List<CorpusImage> corpus, int maxInFlight)
      throws IOException, InterruptedException {
    Optional<EmbeddingIndex> previous = Files.exists(file) ? Optional.of(read(file, client.model())) : Optional.empty();
    Map<String, Integer> previousRows = new HashMap<>();
    previous.ifPresent(index -> {
      for (int row = 0; row < index.size(); row++) {
        previousRows.put(index.ids.get(row) + '\0' + index.stamps.get(row), row);
      }
    });
    List<String> stamps = corpus.stream().map(EmbeddingIndex::stamp).toList();
    List<CorpusImage> changed = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      if (stamps.get(i).isEmpty() || !previousRows.containsKey(corpus.get(i).id() + '\0' + stamps.get(i))) {
        changed.add(corpus.get(i));
      }
    }
    Optional<CorpusEmbedder.Embedded> embedded = changed.isEmpty()
        ? Optional.empty()
        : Optional.of(CorpusEmbedder.embed(client, reading(changed), maxInFlight));
    EmbeddingIndex index = merged(file, client.model(), corpus, stamps, previous, previousRows, embedded);
    boolean same = changed.isEmpty() && previous.map(EmbeddingIndex::size).orElse(-1) == corpus.size();
    if (!same) {
      index.write(file);
    }
    LOG.log(System.Logger.Level.INFO, "{0}: {1} corpus images, {2} embeddings read, {3} images embedded now", file,
        corpus.size(), corpus.size() - changed.size(), changed.size());
    return index;
  }

  /** The rows in corpus order, each from the images embedded now or else from the previous index. */
  private static EmbeddingIndex merged(Path file, String model, List<CorpusImage> corpus, List<String> stamps,
      Optional<EmbeddingIndex> previous, Map<String, Integer> previousRows, Optional<CorpusEmbedder.Embedded> embedded) {
    int dimension = embedded.map(fresh -> fresh.rows().length / fresh.ids().size())
        .orElseGet(() -> previous.map(EmbeddingIndex::dimension).orElse(0));
    if (previous.isPresent() && embedded.isPresent() && previous.get().dimension != dimension) {
      throw new IndexMismatchException(file + " holds embeddings of " + previous.get().dimension + " dimensions, but model '"
          + model + "' now answers " + dimension + ": delete the file to embed the corpus again");
    }
    Map<String, Integer> freshRows = new HashMap<>();
    embedded.ifPresent(fresh -> {
      for (int row = 0; row < fresh.ids().size(); row++) {
        freshRows.put(fresh.ids().get(row), row);
      }
    });
    float[] rows = new float[Math.multiplyExact(dimension, corpus.size())];
    for (int i = 0; i < corpus.size(); i++) {
      Integer fresh = freshRows.get(corpus.get(i).id());
      if (fresh != null) {
        System.arraycopy(embedded.orElseThrow().rows(), fresh * dimension, rows, i * dimension, dimension);
      } else {
        int row = previousRows.get(corpus.get(i).id() + '\0' + stamps.get(i));
        System.arraycopy(previous.orElseThrow().vectors, row * dimension, rows, i * dimension, dimension);
      }
    }
    return of(model, corpus.stream().map(CorpusImage::id).toList(), stamps, rows);
  }

  /** The state of an image's file a row is made from: its size and modification time; empty when unreadable. */
  private static String stamp(CorpusImage image) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(image.path(), BasicFileAttributes.class);
      return attributes.size() + ":" + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    } catch (IOException e) {
      return "";
    }
  }

  /** The images' files, read one at a time as the embedder asks for the next. */
  private static Iterator<CorpusBytes> reading(List<CorpusImage> images) {
    Iterator<CorpusImage> files = images.iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return files.hasNext();
      }

      @Override
      public CorpusBytes next() {
        CorpusImage image = files.next();
        try {
          return CorpusBytes.read(image);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read corpus image " + image.id() + " (" + image.path() + ")", e);
        }
      }
    };
  }

  /**
   * The index written to {@code file}, when it holds embeddings of {@code model}.
   *
   * @throws IndexMismatchException when it holds another model's embeddings
   * @throws IOException when it cannot be read or is no index of this engine (truncated, another format)
   */
  public static EmbeddingIndex read(Path file, String model) throws IOException {
    EmbeddingIndex index = IndexFile.read(file);
    if (!index.model.equals(model)) {
      throw new IndexMismatchException(file + " holds embeddings of model '" + index.model + "', not of '" + model
          + "'; cosines across models mean nothing: delete the file to embed the corpus with '" + model + "'");
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

  List<String> stamps() {
    return stamps;
  }

  /** The rows themselves, not a copy: for writing them out. */
  float[] vectors() {
    return vectors;
  }

  @Override
  public String toString() {
    return "EmbeddingIndex[" + size() + " images, " + dimension + " dimensions, model " + model + "]";
  }
}
