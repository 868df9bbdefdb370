package dev.vlb.engine.contamination.semantic;

import static dev.vlb.engine.contamination.semantic.CorpusServer.DIMENSION;
import static dev.vlb.engine.contamination.semantic.CorpusServer.image;
import static dev.vlb.engine.contamination.semantic.Endpoints.MODEL;
import static dev.vlb.engine.contamination.semantic.Endpoints.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus embedded through the endpoint into an index, once: later runs read the file. */
class IndexBuildingTests {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  @TempDir
  Path folder;

  @Test
  void embedsEveryImageKeepingEachIdWithItsOwnEmbeddingAndAtMostTheBoundInFlight() throws Exception {
    CorpusServer endpoint = new CorpusServer(Set.of());
    server.setDispatcher(endpoint);
    AtomicInteger taken = new AtomicInteger();
    Iterator<CorpusBytes> corpus = IntStream.range(0, DIMENSION).mapToObj(n -> {
      taken.incrementAndGet();
      return image(n);
    }).iterator();

    EmbeddingIndex index;
    try (EmbeddingClient client = Endpoints.client(server, 8, 0)) {
      index = EmbeddingIndex.build(client, "corpus-v1", corpus, 3);
    }

    assertThat(index.size()).isEqualTo(DIMENSION);
    assertThat(index.dimension()).isEqualTo(DIMENSION);
    assertThat(index.model()).isEqualTo(MODEL);
    assertThat(index.fingerprint()).isEqualTo("corpus-v1");
    for (int n = 0; n < DIMENSION; n++) {
      assertThat(index.nearest(unit(DIMENSION, n))).isEqualTo(new EmbeddingIndex.Neighbour("img-" + n, 1.0));
    }
    assertThat(endpoint.mostInFlight()).isEqualTo(3);
    assertThat(taken).hasValue(DIMENSION);
  }

  @Test
  void aFailedImageStopsTheBuildAndFailsItAsTheEndpointDid() {
    server.setDispatcher(new CorpusServer(Set.of(2)));
    AtomicInteger taken = new AtomicInteger();
    Iterator<CorpusBytes> corpus = IntStream.range(0, 1000).mapToObj(n -> {
      taken.incrementAndGet();
      return image(n);
    }).iterator();

    try (EmbeddingClient client = Endpoints.client(server, 8, 0)) {
      assertThatThrownBy(() -> EmbeddingIndex.build(client, "corpus-v1", corpus, 2))
          .isInstanceOf(EmbeddingCallException.class)
          .hasMessage("Embedding model " + MODEL + " at POST " + server.url("/v1/embeddings")
              + " answered HTTP 400 after 1 attempt: cannot identify image file");
    }
    assertThat(taken.get()).as("images taken from the corpus").isLessThan(10);
  }

  @Test
  void aCorpusNamingAnImageTwiceOrNoneIsRefused() {
    server.setDispatcher(new CorpusServer(Set.of()));

    try (EmbeddingClient client = Endpoints.client(server, 8, 0)) {
      assertThatThrownBy(() -> EmbeddingIndex.build(client, "corpus-v1", List.of(image(1), image(2), image(1)).iterator(), 2))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("The corpus names image 'img-1' twice");
      assertThatThrownBy(() -> EmbeddingIndex.build(client, "corpus-v1", List.<CorpusBytes>of().iterator(), 2))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("The corpus has no images to embed");
    }
  }

  @Test
  void theCorpusIsEmbeddedOnceAndTheNextRunReadsTheFile() throws Exception {
    server.setDispatcher(new CorpusServer(Set.of()));
    Path file = folder.resolve("contamination/corpus.vlbe");
    AtomicInteger corpusReads = new AtomicInteger();
    List<CorpusBytes> corpus = IntStream.range(0, 5).mapToObj(CorpusServer::image).toList();

    try (EmbeddingClient client = Endpoints.client(server, 8, 0)) {
      EmbeddingIndex built = EmbeddingIndex.readOrBuild(file, client, "corpus-v1", () -> {
        corpusReads.incrementAndGet();
        return corpus.iterator();
      }, 4);
      EmbeddingIndex read = EmbeddingIndex.readOrBuild(file, client, "corpus-v1", () -> {
        corpusReads.incrementAndGet();
        return corpus.iterator();
      }, 4);

      assertThat(Files.exists(file)).isTrue();
      assertThat(read.ids()).containsExactly("img-0", "img-1", "img-2", "img-3", "img-4").isEqualTo(built.ids());
      assertThat(read.vectors()).isEqualTo(built.vectors());
      assertThat(corpusReads).hasValue(1);
      assertThat(server.getRequestCount()).isEqualTo(5);
      assertThatThrownBy(() -> EmbeddingIndex.readOrBuild(file, client, "corpus-v2", corpus::iterator, 4))
          .isInstanceOf(IndexMismatchException.class)
          .hasMessageEndingWith("but the corpus now has 'corpus-v2': delete the file to embed the corpus again");
    }
  }
}
