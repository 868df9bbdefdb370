package dev.vlb.engine.contamination.semantic;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A corpus embedded image by image, at most a given number in flight: the next image is taken from the
 * corpus only when an earlier one is answered, so that a corpus of 100,000 images is never in memory.
 * The first failure stops it: no further image is sent, and those in flight are waited for.
 */
final class CorpusEmbedder {

  private static final System.Logger LOG = System.getLogger(CorpusEmbedder.class.getName());
  private static final int PROGRESS_EVERY = 10_000;

  /**
   * @param rows every embedding, the one of {@code ids.get(i)} at {@code i * dimension}
   */
  record Embedded(List<String> ids, float[] rows) {}

  private final EmbeddingClient client;
  private final int maxInFlight;
  private final Semaphore permits;
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
  private final AtomicInteger embedded = new AtomicInteger();
  private final List<String> ids = new ArrayList<>();
  private final List<CompletableFuture<float[]>> embeddings = new ArrayList<>();

  private CorpusEmbedder(EmbeddingClient client, int maxInFlight) {
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("At least one image must be in flight, was " + maxInFlight);
    }
    this.client = client;
    this.maxInFlight = maxInFlight;
    this.permits = new Semaphore(maxInFlight);
  }

  static Embedded embed(EmbeddingClient client, Iterator<CorpusBytes> corpus, int maxInFlight) throws InterruptedException {
    return new CorpusEmbedder(client, maxInFlight).embed(corpus);
  }

  private Embedded embed(Iterator<CorpusBytes> corpus) throws InterruptedException {
    Set<String> seen = new HashSet<>();
    while (failure.get() == null && corpus.hasNext()) {
      permits.acquire();
      try {
        CorpusBytes image = corpus.next();
        if (!seen.add(image.id())) {
          throw new IllegalArgumentException("The corpus names image '" + image.id() + "' twice");
        }
        CompletableFuture<float[]> embedding = client.embed(image.bytes(), image.mediaType());
        ids.add(image.id());
        embeddings.add(embedding);
        embedding.whenComplete((vector, error) -> answered(error));
      } catch (RuntimeException e) { // the corpus could not be read, or holds something no endpoint takes
        failure.compareAndSet(null, e);
        permits.release();
      }
    }
    permits.acquire(maxInFlight); // every embedding sent has been answered or has failed
    if (failure.get() != null) {
      throw failure.get();
    }
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("The corpus has no images to embed");
    }
    return new Embedded(ids, pack());
  }

  private void answered(Throwable error) {
    if (error != null) {
      failure.compareAndSet(null, unwrap(error));
    } else if (embedded.incrementAndGet() % PROGRESS_EVERY == 0) {
      LOG.log(Level.INFO, "{0}: {1} corpus images embedded", client, embedded.get());
    }
    permits.release();
  }

  /** One contiguous matrix; each answer is let go once copied, so that the peak is twice the matrix, not more. */
  private float[] pack() {
    int dimension = embeddings.get(0).join().length;
    if ((long) dimension * ids.size() > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(ids.size() + " images of " + dimension + " dimensions are too many for one index");
    }
    float[] rows = new float[dimension * ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      float[] row = embeddings.set(i, null).join();
      if (row.length != dimension) {
        throw new EmbeddingCallException(client + " answered " + row.length + " dimensions for corpus image '" + ids.get(i)
            + "' but " + dimension + " for '" + ids.get(0) + "'", null);
      }
      System.arraycopy(row, 0, rows, i * dimension, dimension);
    }
    return rows;
  }

  private static RuntimeException unwrap(Throwable error) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    return cause instanceof RuntimeException unchecked ? unchecked : new CompletionException(cause);
  }
}
