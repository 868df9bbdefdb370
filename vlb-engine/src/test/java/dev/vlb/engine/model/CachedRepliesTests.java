package dev.vlb.engine.model;

import static dev.vlb.engine.model.ModelFixtures.answer;
import static dev.vlb.engine.model.ModelFixtures.client;
import static dev.vlb.engine.model.ModelFixtures.encoded;
import static dev.vlb.engine.model.ModelFixtures.failure;
import static dev.vlb.engine.model.ModelFixtures.query;
import static dev.vlb.engine.model.OpenAiClientTests.chat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.ModelQuery;
import dev.vlb.api.spi.ModelReply;
import dev.vlb.api.spi.TokenUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedRepliesTests {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  @TempDir
  Path cacheDir;

  @Test
  void answersARerunFromTheCacheWithoutCallingTheModel() throws Exception {
    server.enqueue(chat("B", "stop"));
    ModelReply first;
    try (RemoteModel run = cachingClient("true")) {
      first = answer(run.ask(query("Which shape is red?")));
    }

    try (RemoteModel rerun = cachingClient("true")) {
      ModelReply again = answer(rerun.ask(query("Which shape is red?")));

      assertThat(again).isEqualTo(new ModelReply("B", first.latency(), new TokenUsage(120, 1), true));
      assertThat(rerun.statistics()).isEqualTo(new CallStatistics(1, 1, 0, 0, 0, 0, 0));
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void callsAgainForAnotherPromptOrWhenTheCacheIsOff() throws Exception {
    server.enqueue(chat("B", "stop"));
    server.enqueue(chat("C", "stop"));
    server.enqueue(chat("B", "stop"));
    try (RemoteModel cached = cachingClient("true"); RemoteModel uncached = cachingClient("false")) {
      answer(cached.ask(query("Which shape is red?")));
      answer(cached.ask(query("Which shape is blue?")));
      ModelReply fresh = answer(uncached.ask(query("Which shape is red?")));

      assertThat(fresh.cached()).isFalse();
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void findsAnEqualRequestButNotOneWithAnotherPromptOrAnImageOneByteApart() throws Exception {
    server.enqueue(chat("B", "stop"));
    server.enqueue(chat("C", "stop"));
    server.enqueue(chat("D", "stop"));
    byte[] png = encoded("png");
    byte[] changed = png.clone();
    changed[changed.length - 1] ^= 1;
    Image image = Image.png(png, 2, 2);
    try (RemoteModel model = cachingClient("true")) {
      assertThat(answer(model.ask(new ModelQuery(image, "Which shape is red?"))).text()).isEqualTo("B");
      assertThat(answer(model.ask(new ModelQuery(image, "Which shape is blue?"))).text()).isEqualTo("C");

      ModelReply equal = answer(model.ask(new ModelQuery(Image.png(png, 2, 2), "Which shape is red?")));
      ModelReply oneByteApart = answer(model.ask(new ModelQuery(Image.png(changed, 2, 2), "Which shape is red?")));

      assertThat(equal.text()).isEqualTo("B");
      assertThat(equal.cached()).isTrue();
      assertThat(oneByteApart.text()).isEqualTo("D");
      assertThat(oneByteApart.cached()).isFalse();
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void neverStoresAFailure() throws Exception {
    server.enqueue(new MockResponse.Builder().code(400).body("bad request").build());
    server.enqueue(chat("B", "stop"));
    try (RemoteModel model = cachingClient("true")) {
      failure(model.ask(query("Which shape is red?")));
      assertThat(answer(model.ask(query("Which shape is red?"))).cached()).isFalse();
    }
    try (Stream<Path> files = Files.walk(cacheDir)) {
      assertThat(files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()))
          .singleElement().asString().matches("[0-9a-f]{64}\\.json");
    }
  }

  private RemoteModel cachingClient(String enabled) {
    return client(server.url("/v1"), "vlb.cache.enabled", enabled, "vlb.cache.dir", cacheDir.toString());
  }
}
