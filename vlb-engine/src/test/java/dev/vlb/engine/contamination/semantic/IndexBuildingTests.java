package dev.vlb.engine.contamination.semantic;

import static dev.vlb.engine.contamination.semantic.CorpusServer.DIMENSION;
import static dev.vlb.engine.contamination.semantic.CorpusServer.image;
import static dev.vlb.engine.contamination.semantic.Endpoints.MODEL;
import static dev.vlb.engine.contamination.semantic.Endpoints.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.engine.contamination.CorpusImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
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
      index = EmbeddingIndex.build(client, corpus, 3);
    }

    assertThat(index.size()).isEqualTo(DIMENSION);
    assertThat(index.dimension()).isEqualTo(DIMENSION);
    assertThat(index.model()).isEqualTo(MODEL);
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
      assertThatThrownBy(() -> EmbeddingIndex.build(client, corpus, 2))
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
      assertThatThrownBy(() -> EmbeddingIndex.build(client, List.of(image(1), image(2), image(1)).iterator(), 2))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("The corpus names image 'img-1' twice");
      assertThatThrownBy(() -> EmbeddingIndex.build(client, List.<CorpusBytes>of().iterator(), 2))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("The corpus has no images to embed");
    }
  }

  @Test
  void theCorpusIsEmbeddedOnceAndALaterRunEmbedsOnlyWhatWasAddedOrReplaced() throws Exception {
    server.setDispatcher(new CorpusServer(Set.of()));
    Path file = folder.resolve("contamination/corpus.vlbe");
    Path images = folder.resolve("corpus");
    List<CorpusImage> corpus = new ArrayList<>();
    for (int n = 0; n < 5; n++) {
      corpus.add(new CorpusImage("img-" + n, CorpusServer.file(images, n), ""));
    }

    try (EmbeddingClient client = Endpoints.client(server, 8, 0)) {
      EmbeddingIndex built = EmbeddingIndex.update(file, client, corpus, 4);
      EmbeddingIndex read = EmbeddingIndex.update(file, client, corpus, 4);

      assertThat(server.getRequestCount()).isEqualTo(5);
      assertThat(read.ids()).containsExactly("img-0", "img-1", "img-2", "img-3", "img-4").isEqualTo(built.ids());
      assertThat(read.vectors()).isEqualTo(built.vectors());

      // img-2's file now holds picture 7, img-4 is gone, img-5 is new
      Path replaced = Files.write(corpus.get(2).path(), Files.readAllBytes(CorpusServer.file(folder.resolve("other"), 7)));
      Files.setLastModifiedTime(replaced, FileTime.fromMillis(Files.getLastModifiedTime(replaced).toMillis() + 2_000));
      corpus.remove(4);
      corpus.add(new CorpusImage("img-5", CorpusServer.file(images, 5), ""));
      EmbeddingIndex updated = EmbeddingIndex.update(file, client, corpus, 4);

      assertThat(server.getRequestCount()).isEqualTo(5 + 2);
      assertThat(updated.ids()).containsExactly("img-0", "img-1", "img-2", "img-3", "img-5");
      assertThat(updated.nearest(unit(DIMENSION, 7))).isEqualTo(new EmbeddingIndex.Neighbour("img-2", 1.0));
      assertThat(updated.nearest(unit(DIMENSION, 5))).isEqualTo(new EmbeddingIndex.Neighbour("img-5", 1.0));
      assertThat(updated.nearest(unit(DIMENSION, 3))).isEqualTo(new EmbeddingIndex.Neighbour("img-3", 1.0));
      assertThat(EmbeddingIndex.read(file, MODEL).ids()).isEqualTo(updated.ids());
    }
  }

  @Test
  void aFileOfAnotherModelIsNotReplacedSilently() throws Exception {
    server.setDispatcher(new CorpusServer(Set.of()));
    Path file = folder.resolve("corpus.vlbe");
    List<CorpusImage> corpus = List.of(new CorpusImage("img-1", CorpusServer.file(folder.resolve("corpus"), 1), ""));
    EmbeddingIndexTests.index(new float[][] {unit(2, 0)}).write(file);

    try (EmbeddingClient client = EmbeddingClient.connect(new EmbeddingEndpoint(server.url("/v1"), "google/siglip-base-patch16-224",
        Endpoints.key(), Duration.ofSeconds(5), 2, 0))) {
      assertThatThrownBy(() -> EmbeddingIndex.update(file, client, corpus, 2))
          .isInstanceOf(IndexMismatchException.class)
          .hasMessageStartingWith(file + " holds embeddings of model '" + MODEL + "', not of 'google/siglip-base-patch16-224'");
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
