package dev.vlb.engine.contamination.semantic;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.Image;
import java.util.concurrent.CompletableFuture;
import org.apiguardian.api.API;

/**
 * Whether benchmark images are, by meaning, images of a pre-training corpus: each is embedded by the
 * model that embedded the corpus and matched with its nearest corpus image. The client stays with its
 * owner, who closes it.
 */
@API(status = INTERNAL, since = "0.1")
public final class SemanticCheck {

  private final EmbeddingClient client;
  private final EmbeddingIndex index;
  private final double threshold;

  private SemanticCheck(EmbeddingClient client, EmbeddingIndex index, double threshold) {
    this.client = client;
    this.index = index;
    this.threshold = threshold;
  }

  /**
   * @param threshold the cosine at or above which a match is flagged, {@link SemanticMatch#DEFAULT_THRESHOLD} by default
   * @throws IndexMismatchException when the client's model did not make the index
   * @throws IllegalArgumentException when the threshold lies outside (0, 1]
   */
  public static SemanticCheck of(EmbeddingClient client, EmbeddingIndex index, double threshold) {
    if (!client.model().equals(index.model())) {
      throw new IndexMismatchException("The corpus index holds embeddings of model '" + index.model()
          + "', but benchmark images would be embedded by '" + client.model() + "'; cosines across models mean nothing");
    }
    return new SemanticCheck(client, index, SemanticMatch.checkedThreshold(threshold));
  }

  /**
   * The nearest corpus image to {@code image}. Returns at once; the stage fails with an
   * {@link EmbeddingCallException} when the image could not be embedded, never with a "not flagged"
   * match, and with an {@link IndexMismatchException} when its embedding has another dimension than the
   * index.
   */
  public CompletableFuture<SemanticMatch> check(Image image) {
    return client.embed(image).thenApply(embedding -> SemanticMatch.of(index.nearest(embedding), threshold));
  }

  public double threshold() {
    return threshold;
  }
}
