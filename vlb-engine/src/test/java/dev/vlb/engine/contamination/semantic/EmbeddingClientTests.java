package dev.vlb.engine.contamination.semantic;

import static dev.vlb.engine.contamination.semantic.Endpoints.MODEL;
import static dev.vlb.engine.contamination.semantic.Endpoints.SECRET;
import static dev.vlb.engine.contamination.semantic.Endpoints.client;
import static dev.vlb.engine.contamination.semantic.Endpoints.embedding;
import static dev.vlb.engine.contamination.semantic.Endpoints.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vlb.api.spi.Image;
import dev.vlb.engine.configuration.Settings;
import dev.vlb.engine.model.ApiKey;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The embedding client against a loopback stand-in of vLLM: what it sends, and what it makes of each answer. */
class EmbeddingClientTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Enough of a PNG for the client, which sends the bytes as they are. */
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};

  @StartStop
  private final MockWebServer server = new MockWebServer();

  @Test
  void postsTheImageAsADataUrlInAChatStyleUserMessage() throws Exception {
    server.enqueue(embedding(1, 0));

    try (EmbeddingClient client = client(server, 2, 0)) {
      join(client.embed(PNG, "image/png"));
    }

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/embeddings");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + SECRET);
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
    JsonNode body = JSON.readTree(request.getBody().utf8());
    assertThat(body).isEqualTo(JSON.readTree("""
        {"model": "%s",
         "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "data:image/png;base64,%s"}}]}],
         "encoding_format": "float"}""".formatted(MODEL, Base64.getEncoder().encodeToString(PNG))));
  }

  @Test
  void sendsAnImageOfTheApiWithItsMediaTypeAndNoAuthorizationWithoutAKey() throws Exception {
    server.enqueue(embedding(1, 0));
    EmbeddingEndpoint keyless = EmbeddingEndpoint.of(server.url("/v1/"), MODEL, ApiKey.fromEnvironment("unset", Settings.of(Map.of()), name -> null));

    try (EmbeddingClient client = EmbeddingClient.connect(keyless)) {
      join(client.embed(new Image(PNG, "image/jpeg", 4, 3)));
    }

    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/embeddings");
    assertThat(request.getHeaders().get("Authorization")).isNull();
    assertThat(JSON.readTree(request.getBody().utf8()).at("/messages/0/content/0/image_url/url").asText())
        .isEqualTo("data:image/jpeg;base64," + Base64.getEncoder().encodeToString(PNG));
  }

  @Test
  void scalesTheEmbeddingToUnitLength() {
    server.enqueue(embedding(3, 0, -4));

    try (EmbeddingClient client = client(server, 2, 0)) {
      assertThat(join(client.embed(PNG, "image/png"))).containsExactly(new float[] {0.6f, 0f, -0.8f}, within(1e-7f));
    }
  }

  @Test
  void readsAnEmbeddingSentAsBase64OfLittleEndianFloats() {
    ByteBuffer floats = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putFloat(0f).putFloat(-2.5f);
    server.enqueue(json("{\"data\":[{\"embedding\":\"" + Base64.getEncoder().encodeToString(floats.array()) + "\"}]}"));

    try (EmbeddingClient client = client(server, 2, 0)) {
      assertThat(join(client.embed(PNG, "image/png"))).containsExactly(0f, -1f);
    }
  }

  @Test
  void retriesA503AfterTheWaitTheServerAsksFor() {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "1").body("model is loading").build());
    server.enqueue(embedding(0, 2));

    try (EmbeddingClient client = client(server, 2, 1)) {
      long started = System.nanoTime();
      float[] embedding = join(client.embed(PNG, "image/png"));

      assertThat(embedding).containsExactly(0f, 1f);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
      assertThat(server.getRequestCount()).isEqualTo(2);
    }
  }

  @Test
  void anErrorReplyFailsNamingModelEndpointStatusAndBodyWithoutTheKey() {
    server.enqueue(new MockResponse.Builder().code(401).body("{\"error\": \"Incorrect API key provided: " + SECRET + "\"}").build());

    try (EmbeddingClient client = client(server, 2, 3)) {
      assertThatThrownBy(() -> join(client.embed(PNG, "image/png")))
          .isInstanceOf(EmbeddingCallException.class)
          .hasMessage("Embedding model " + MODEL + " at POST " + server.url("/v1/embeddings")
              + " answered HTTP 401 after 1 attempt: {\"error\": \"Incorrect API key provided: ****\"}");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aServerErrorBeyondTheRetriesFailsCountingTheAttempts() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(500).setHeader("Retry-After", "0").body("CUDA out of memory").build());
    }

    try (EmbeddingClient client = client(server, 2, 2)) {
      assertThatThrownBy(() -> join(client.embed(PNG, "image/png")))
          .isInstanceOf(EmbeddingCallException.class)
          .hasMessage("Embedding model " + MODEL + " at POST " + server.url("/v1/embeddings")
              + " answered HTTP 500 after 3 attempts: CUDA out of memory");
    }
  }

  @Test
  void aReplyWithoutAnEmbeddingFailsRatherThanAnswers() {
    server.enqueue(json("{\"data\":[]}"));
    server.enqueue(embedding(0, 0));
    server.enqueue(json("{\"data\":[{\"embedding\":[1, \"x\"]}]}"));

    try (EmbeddingClient client = client(server, 1, 0)) {
      String endpoint = "Embedding model " + MODEL + " at POST " + server.url("/v1/embeddings");
      assertThatThrownBy(() -> join(client.embed(PNG, "image/png"))).isInstanceOf(EmbeddingCallException.class)
          .hasMessage(endpoint + " answered with no usable embedding, the reply has no data[0].embedding: {\"data\":[]}");
      assertThatThrownBy(() -> join(client.embed(PNG, "image/png"))).isInstanceOf(EmbeddingCallException.class)
          .hasMessageStartingWith(endpoint + " answered with no usable embedding, the embedding is all zeros: ");
      assertThatThrownBy(() -> join(client.embed(PNG, "image/png"))).isInstanceOf(EmbeddingCallException.class)
          .hasMessageStartingWith(endpoint + " answered with no usable embedding, data[0].embedding[1] is no number: ");
    }
  }

  @Test
  void anEndpointThatDoesNotAnswerInTimeFails() {
    server.enqueue(new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS).body("{}").build());
    EmbeddingEndpoint impatient = new EmbeddingEndpoint(server.url("/v1"), MODEL, Endpoints.key(), Duration.ofMillis(300), 1, 0);

    try (EmbeddingClient client = EmbeddingClient.connect(impatient)) {
      assertThatThrownBy(() -> join(client.embed(PNG, "image/png"))).isInstanceOf(EmbeddingCallException.class)
          .hasMessage("Embedding model " + MODEL + " at POST " + server.url("/v1/embeddings") + " gave no answer within 300 ms after 1 attempt");
    }
  }

  @Test
  void anEndpointThatCannotBeReachedFailsAfterItsRetries() throws Exception {
    MockWebServer gone = new MockWebServer();
    gone.start();
    EmbeddingEndpoint nowhere = new EmbeddingEndpoint(gone.url("/v1"), MODEL, Endpoints.key(), Duration.ofSeconds(5), 1, 1);
    gone.close();

    try (EmbeddingClient client = EmbeddingClient.connect(nowhere)) {
      assertThatThrownBy(() -> join(client.embed(PNG, "image/png"))).isInstanceOf(EmbeddingCallException.class)
          .hasMessage("Embedding model " + MODEL + " at POST " + gone.url("/v1/embeddings")
              + " could not be reached (ConnectException) after 2 attempts");
    }
  }

  @Test
  void keepsAtMostItsConcurrencyInFlight() {
    CorpusServer endpoint = new CorpusServer(Set.of());
    server.setDispatcher(endpoint);

    try (EmbeddingClient client = client(server, 2, 0)) {
      List<CompletableFuture<float[]>> embeddings = IntStream.range(0, 6)
          .mapToObj(n -> client.embed(CorpusServer.image(n).bytes(), "image/png")).toList();

      for (int n = 0; n < 6; n++) {
        assertThat(join(embeddings.get(n))).isEqualTo(Endpoints.unit(CorpusServer.DIMENSION, n));
      }
    }
    assertThat(endpoint.mostInFlight()).isEqualTo(2);
  }

  @Test
  void refusesBytesThatAreNoImageBeforeSendingAnything() {
    try (EmbeddingClient client = client(server, 1, 0)) {
      assertThatThrownBy(() -> client.embed(PNG, "text/plain")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("An image to embed must have an image media type, was text/plain");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  /** The embedding, or the failure the stage completed with. */
  static float[] join(CompletableFuture<float[]> embedding) {
    try {
      return embedding.orTimeout(20, TimeUnit.SECONDS).join();
    } catch (CompletionException e) {
      throw (RuntimeException) e.getCause();
    }
  }
}
