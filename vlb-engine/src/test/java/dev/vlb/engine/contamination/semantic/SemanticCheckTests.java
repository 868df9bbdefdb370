package dev.vlb.engine.contamination.semantic;

import static dev.vlb.engine.contamination.semantic.EmbeddingIndexTests.index;
import static dev.vlb.engine.contamination.semantic.Endpoints.MODEL;
import static dev.vlb.engine.contamination.semantic.Endpoints.embedding;
import static dev.vlb.engine.contamination.semantic.Endpoints.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.vlb.api.spi.Image;
import dev.vlb.engine.contamination.semantic.EmbeddingIndex.Neighbour;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** A benchmark image embedded and matched with the corpus; flagged at the paper's threshold or the one configured. */
class SemanticCheckTests {

  private static final Image IMAGE = Image.png(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 2, 2);
  /** Three corpus images along the axes: row-0, row-1 and row-2. */
  private static final EmbeddingIndex CORPUS = index(new float[][] {unit(3, 0), unit(3, 1), unit(3, 2)});

  @StartStop
  private final MockWebServer server = new MockWebServer();

  @Test
  void theNearestCorpusImageIsFlaggedFromTheThresholdOn() {
    SemanticMatch exact = SemanticMatch.of(new Neighbour("a", 0.9), SemanticMatch.DEFAULT_THRESHOLD);
    SemanticMatch below = SemanticMatch.of(new Neighbour("b", 0.8999), SemanticMatch.DEFAULT_THRESHOLD);

    assertThat(exact).isEqualTo(new SemanticMatch("a", 0.9, true));
    assertThat(below).isEqualTo(new SemanticMatch("b", 0.8999, false));
    assertThat(SemanticMatch.of(new Neighbour("b", 0.8999), 0.85).flagged()).isTrue();
  }

  @Test
  void embedsTheBenchmarkImageAndMatchesItsNearestCorpusImage() {
    server.enqueue(embedding(0.1f, 0.2f, 3f));
    server.enqueue(embedding(0.89f, 0f, (float) Math.sqrt(1 - 0.89 * 0.89)));

    try (EmbeddingClient client = Endpoints.client(server, 2, 0)) {
      SemanticCheck check = SemanticCheck.of(client, CORPUS, SemanticMatch.DEFAULT_THRESHOLD);
      SemanticMatch near = join(check);
      SemanticMatch apart = join(check);

      assertThat(near.corpusId()).isEqualTo("row-2");
      assertThat(near.cosine()).isCloseTo(3 / Math.sqrt(0.01 + 0.04 + 9), within(1e-6));
      assertThat(near.flagged()).isTrue();
      assertThat(apart.corpusId()).isEqualTo("row-0");
      assertThat(apart.cosine()).isCloseTo(0.89, within(1e-6));
      assertThat(apart.flagged()).isFalse();
    }
  }

  @Test
  void theThresholdIsConfigurableWithinZeroToOne() {
    server.enqueue(embedding(0.89f, 0f, (float) Math.sqrt(1 - 0.89 * 0.89)));

    try (EmbeddingClient client = Endpoints.client(server, 2, 0)) {
      assertThat(join(SemanticCheck.of(client, CORPUS, 0.85)).flagged()).isTrue();
      assertThatThrownBy(() -> SemanticCheck.of(client, CORPUS, 1.5)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("The contamination threshold is a cosine in (0, 1], was 1.5");
      assertThatThrownBy(() -> SemanticCheck.of(client, CORPUS, 0)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("The contamination threshold is a cosine in (0, 1], was 0.0");
    }
  }

  @Test
  void aFailedEmbeddingFailsTheCheckRatherThanPassIt() {
    server.enqueue(new MockResponse.Builder().code(404).body("{\"message\": \"The model `clip` does not exist.\"}").build());

    try (EmbeddingClient client = Endpoints.client(server, 2, 0)) {
      assertThatThrownBy(() -> join(SemanticCheck.of(client, CORPUS, 0.9)))
          .isInstanceOf(EmbeddingCallException.class)
          .hasMessageContaining(" answered HTTP 404 after 1 attempt: ");
    }
  }

  @Test
  void anIndexOfAnotherModelOrDimensionIsRefused() {
    server.enqueue(embedding(1f, 0f));
    EmbeddingIndex siglip = EmbeddingIndex.of("google/siglip-base-patch16-224", List.of("a"), List.of(""), new float[] {1f});

    try (EmbeddingClient client = Endpoints.client(server, 2, 0)) {
      assertThatThrownBy(() -> SemanticCheck.of(client, siglip, 0.9))
          .isInstanceOf(IndexMismatchException.class)
          .hasMessage("The corpus index holds embeddings of model 'google/siglip-base-patch16-224', but benchmark images would be "
              + "embedded by '" + MODEL + "'; cosines across models mean nothing");
      assertThatThrownBy(() -> join(SemanticCheck.of(client, CORPUS, 0.9)))
          .isInstanceOf(IndexMismatchException.class)
          .hasMessage("An embedding of 2 dimensions cannot be searched in an index of 3 (model '" + MODEL + "')");
    }
  }

  private static SemanticMatch join(SemanticCheck check) {
    try {
      return check.check(IMAGE).orTimeout(20, TimeUnit.SECONDS).join();
    } catch (CompletionException e) {
      throw (RuntimeException) e.getCause();
    }
  }
}
