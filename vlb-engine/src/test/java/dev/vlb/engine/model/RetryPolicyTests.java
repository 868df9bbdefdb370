package dev.vlb.engine.model;

import static dev.vlb.engine.model.ModelFixtures.API_KEY;
import static dev.vlb.engine.model.ModelFixtures.answer;
import static dev.vlb.engine.model.ModelFixtures.client;
import static dev.vlb.engine.model.ModelFixtures.failure;
import static dev.vlb.engine.model.ModelFixtures.query;
import static dev.vlb.engine.model.OpenAiClientTests.chat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.engine.model.ModelCallException.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Our retry policy is the only one: OkHttp repeats and follows nothing, and the waits are the servers'. */
class RetryPolicyTests {

  @StartStop
  private final MockWebServer server = new MockWebServer();
  private final TimedDispatcher dispatcher = new TimedDispatcher();

  @BeforeEach
  void answerWithTheTimedDispatcher() {
    server.setDispatcher(dispatcher);
  }

  @Test
  void sendsA408OnceWhenNoRetryIsAllowed() {
    dispatcher.enqueue(new MockResponse.Builder().code(408).body("request timeout").build());
    dispatcher.enqueue(chat("yes", "stop"));

    try (RemoteModel model = client(server.url("/v1"), "vlb.model.max-retries", "0")) {
      assertThat(failure(model.ask(query("Is it red?"))).status()).hasValue(408);
      assertThat(server.getRequestCount()).isEqualTo(1);
      assertThat(model.statistics()).isEqualTo(new CallStatistics(1, 0, 1, 0, 1, 0, 0));
    }
  }

  @Test
  void sendsA503WithRetryAfterZeroOnceWhenNoRetryIsAllowed() {
    dispatcher.enqueue(unavailableNow());
    dispatcher.enqueue(chat("yes", "stop"));

    try (RemoteModel model = client(server.url("/v1"), "vlb.model.max-retries", "0")) {
      assertThat(failure(model.ask(query("Is it red?"))).status()).hasValue(503);
      assertThat(server.getRequestCount()).isEqualTo(1);
      assertThat(model.statistics()).isEqualTo(new CallStatistics(1, 0, 1, 0, 1, 0, 0));
    }
  }

  @Test
  void sendsA503WithRetryAfterZeroTwiceWhenOneRetryIsAllowed() {
    dispatcher.enqueue(unavailableNow());
    dispatcher.enqueue(unavailableNow());
    dispatcher.enqueue(chat("yes", "stop"));

    try (RemoteModel model = client(server.url("/v1"), "vlb.model.max-retries", "1")) {
      ModelCallException failure = failure(model.ask(query("Is it red?")));

      assertThat(failure.status()).hasValue(503);
      assertThat(failure.getMessage()).contains("after 2 attempts");
      assertThat(server.getRequestCount()).isEqualTo(2);
      assertThat(model.statistics()).isEqualTo(new CallStatistics(1, 0, 2, 1, 1, 0, 0));
    }
  }

  @Test
  void reportsARedirectNamingStatusAndLocationWithoutFollowingIt() {
    String location = server.url("/v2/chat/completions") + "?key=" + API_KEY;
    dispatcher.enqueue(new MockResponse.Builder().code(307).setHeader("Location", location).build());
    dispatcher.enqueue(chat("yes", "stop"));

    try (RemoteModel model = client(server.url("/v1"), "vlb.model.max-retries", "0")) {
      ModelCallException failure = failure(model.ask(query("Is it red?")));

      assertThat(failure.kind()).isEqualTo(Kind.HTTP_STATUS);
      assertThat(failure.status()).hasValue(307);
      assertThat(failure.getMessage()).isEqualTo("HTTP 307 from POST " + failure.endpoint()
          + ": redirected to " + server.url("/v2/chat/completions") + ", which is not followed; set vlb.model.url to it if the model is there");
      assertThat(server.getRequestCount()).isEqualTo(1);
      assertThat(model.statistics()).isEqualTo(new CallStatistics(1, 0, 1, 0, 1, 0, 0));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void neitherFollowsNorRetriesARedirect(int status) {
    dispatcher.enqueue(new MockResponse.Builder().code(status).setHeader("Location", "/v2/chat/completions").build());
    dispatcher.enqueue(chat("yes", "stop"));

    try (RemoteModel model = client(server.url("/v1"))) {
      assertThat(failure(model.ask(query("Is it red?"))).status()).hasValue(status);
      assertThat(server.getRequestCount()).isEqualTo(1);
      assertThat(model.statistics()).isEqualTo(new CallStatistics(1, 0, 1, 0, 1, 0, 0));
    }
  }

  @Test
  void sendsARequestOnceWhenAKeptAliveConnectionDropsAndNoRetryIsAllowed() throws Exception {
    dispatcher.enqueue(chat("yes", "stop"));
    dispatcher.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    dispatcher.enqueue(chat("no", "stop"));

    try (RemoteModel model = client(server.url("/v1"), "vlb.model.max-retries", "0")) {
      assertThat(answer(model.ask(query("Is it red?"))).text()).isEqualTo("yes");
      assertThat(failure(model.ask(query("Is it blue?"))).kind()).isEqualTo(Kind.CONNECTION);
      assertThat(server.getRequestCount()).isEqualTo(2);
      assertThat(model.statistics()).isEqualTo(new CallStatistics(2, 0, 2, 0, 1, 120, 1));
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      gemini    | 429 |                     | {"error": {"code": 429, "status": "RESOURCE_EXHAUSTED", "details": [{"@type": "type.googleapis.com/google.rpc.QuotaFailure"}, {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "1.2s"}]}} | 1200
      gemini    | 503 |                     | {"error": {"code": 503, "status": "UNAVAILABLE", "details": [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "1s"}]}} | 1000
      openai    | 429 | retry-after-ms=1200 | {"error": {"type": "requests"}}                                                         | 1200
      anthropic | 529 | retry-after=1       | {"type": "error", "error": {"type": "overloaded_error"}}                                | 1000
      """)
  void waitsAsLongAsEachProviderAsks(String provider, int status, String header, String body, long waitMillis) throws Exception {
    MockResponse.Builder throttled = new MockResponse.Builder().code(status).body(body);
    if (header != null) {
      throttled.setHeader(header.substring(0, header.indexOf('=')), header.substring(header.indexOf('=') + 1));
    }
    dispatcher.enqueue(throttled.build());
    dispatcher.enqueue(success(provider));

    try (RemoteModel model = client(server.url("/"), "vlb.model.provider", provider)) {
      assertThat(answer(model.ask(query("Is it red?"))).text()).isEqualTo("yes");
      assertThat(model.statistics().retries()).isEqualTo(1);
    }

    assertThat(dispatcher.gapBetweenRequests(0, 1)).isGreaterThanOrEqualTo(Duration.ofMillis(waitMillis));
  }

  @Test
  void failsPromptlyWhenTheAskedWaitGoesPastTheTimeout() {
    for (int i = 0; i < 5; i++) {
      dispatcher.enqueue(new MockResponse.Builder().code(429).body("""
          {"error": {"code": 429, "details": [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "20s"}]}}""").build());
    }

    try (RemoteModel model = client(server.url("/"), "vlb.model.provider", "gemini", "vlb.model.timeout", "5s")) {
      long started = System.nanoTime();
      ModelCallException failure = failure(model.ask(query("Is it red?")));

      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
      assertThat(failure.status()).hasValue(429);
      assertThat(failure.getMessage()).startsWith("HTTP 429 from POST " + failure.endpoint()
          + ": the server asks to wait 20000 ms before a retry, past the 5000 ms timeout of the request (vlb.model.timeout)");
      assertThat(server.getRequestCount()).isEqualTo(1);
      assertThat(model.statistics()).isEqualTo(new CallStatistics(1, 0, 1, 0, 1, 0, 0));
    }
  }

  private static MockResponse unavailableNow() {
    return new MockResponse.Builder().code(503).setHeader("Retry-After", "0").body("model is loading").build();
  }

  private static MockResponse success(String provider) {
    String body = switch (provider) {
      case "gemini" -> "{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"yes\"}]}, \"finishReason\": \"STOP\"}]}";
      case "anthropic" -> "{\"type\": \"message\", \"content\": [{\"type\": \"text\", \"text\": \"yes\"}]}";
      default -> null;
    };
    return body == null ? chat("yes", "stop") : new MockResponse.Builder().code(200).body(body).build();
  }

  /** Hands out the queued responses, noting when each request arrived. */
  private static final class TimedDispatcher extends QueueDispatcher {

    private final List<Long> arrivals = new ArrayList<>();

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      synchronized (arrivals) {
        arrivals.add(System.nanoTime());
      }
      return super.dispatch(request);
    }

    Duration gapBetweenRequests(int first, int second) {
      synchronized (arrivals) {
        return Duration.ofNanos(arrivals.get(second) - arrivals.get(first));
      }
    }
  }
}
