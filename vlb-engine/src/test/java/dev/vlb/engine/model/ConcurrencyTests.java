package dev.vlb.engine.model;

import static dev.vlb.engine.model.ModelFixtures.answer;
import static dev.vlb.engine.model.ModelFixtures.client;
import static dev.vlb.engine.model.ModelFixtures.failure;
import static dev.vlb.engine.model.ModelFixtures.query;
import static dev.vlb.engine.model.OpenAiClientTests.chat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.api.spi.ModelReply;
import dev.vlb.engine.model.ModelCallException.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class ConcurrencyTests {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  @Test
  void keepsAtMostTheConfiguredRequestsInFlight() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger mostInFlight = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        Thread.sleep(50);
        inFlight.decrementAndGet();
        return chat("yes", "stop");
      }
    });
    try (RemoteModel model = client(server.url("/v1"), "vlb.model.concurrency", "2")) {
      List<CompletionStage<ModelReply>> replies = askMany(model, 8);

      for (CompletionStage<ModelReply> reply : replies) {
        assertThat(answer(reply).text()).isEqualTo("yes");
      }
    }
    assertThat(mostInFlight.get()).isBetween(1, 2);
  }

  /** OkHttp alone would hold all but 5 of these back (its default maxRequestsPerHost). */
  @Test
  void sendsAsManyRequestsAtOnceAsConfigured() throws Exception {
    CountDownLatch allArrived = new CountDownLatch(16);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        allArrived.countDown();
        return allArrived.await(20, TimeUnit.SECONDS) ? chat("yes", "stop") : new MockResponse.Builder().code(400).build();
      }
    });
    try (RemoteModel model = client(server.url("/v1"), "vlb.concurrency", "16")) {
      for (CompletionStage<ModelReply> reply : askMany(model, 16)) {
        assertThat(answer(reply).text()).isEqualTo("yes");
      }
    }
  }

  @Test
  void failsEveryQueuedRequestOnceTheEndpointIsDown() {
    String url = server.url("/v1").toString();
    server.close();
    RemoteModel model = client(url, "vlb.model.concurrency", "1", "vlb.model.max-retries", "0", "vlb.circuit-breaker.threshold", "1");

    List<CompletionStage<ModelReply>> replies = askMany(model, 5_000);

    assertThat(failure(replies.get(0)).kind()).isEqualTo(Kind.CONNECTION);
    assertThat(replies.subList(1, replies.size())).allSatisfy(reply -> assertThat(failure(reply).kind()).isEqualTo(Kind.CIRCUIT_OPEN));
    assertThat(model.statistics().calls()).isEqualTo(1);
  }

  @Test
  void failsWhatIsPendingWhenClosed() {
    CountDownLatch closed = new CountDownLatch(1);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        closed.await(20, TimeUnit.SECONDS);
        return chat("late", "stop");
      }
    });
    RemoteModel model = client(server.url("/v1"), "vlb.model.concurrency", "1");
    List<CompletionStage<ModelReply>> pending = askMany(model, 3);

    model.close();
    closed.countDown();

    assertThat(pending).allSatisfy(reply -> assertThat(failure(reply).kind()).isEqualTo(Kind.CONNECTION));
    assertThat(failure(model.ask(query("After closing?"))).getMessage()).contains("was closed");
  }

  private static List<CompletionStage<ModelReply>> askMany(RemoteModel model, int count) {
    List<CompletionStage<ModelReply>> replies = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      replies.add(model.ask(query("Question " + i)));
    }
    return replies;
  }
}
