package dev.vlb.engine.contamination.semantic;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vlb.api.spi.Image;
import dev.vlb.engine.model.AsyncLimiter;
import dev.vlb.engine.model.OneShotBody;
import dev.vlb.engine.model.Redactor;
import dev.vlb.engine.model.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.apiguardian.api.API;

/**
 * Embeds images through an OpenAI-compatible {@code POST {url}/embeddings} endpoint in the form vLLM
 * documents for CLIP and SigLIP ({@code vllm serve openai/clip-vit-base-patch32 --runner pooling}; see
 * vLLM's {@code examples/pooling/embed/vision_embedding_online.py}): the image goes in as the only part
 * of a chat-style user message, as a data URL, and the embedding comes back as {@code data[0].embedding}.
 *
 * <pre>
 * {"model": "openai/clip-vit-base-patch32",
 *  "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "data:image/png;base64,..."}}]}],
 *  "encoding_format": "float"}
 * </pre>
 *
 * <p>Requests are sent without blocking the caller, at most the endpoint's concurrency in flight; a failed
 * attempt is sent again as the engine's one {@link RetryPolicy} decides (connection errors, timeouts, 408,
 * 429 and 5xx, honouring {@code Retry-After}) and by nothing else. Every failure is an
 * {@link EmbeddingCallException}, never an empty or zero embedding.
 */
@API(status = INTERNAL, since = "0.1")
public final class EmbeddingClient implements AutoCloseable {

  /** Names the configuration keys in retry messages: {@code vlb.contamination.embedding.timeout}. */
  static final String ROLE = "contamination.embedding";

  private static final MediaType JSON = MediaType.get("application/json");
  private static final int EXCERPT_LENGTH = 200;

  private final EmbeddingEndpoint endpoint;
  private final String label;
  private final Request request;
  private final Redactor redactor;
  private final RetryPolicy retries;
  /**
   * Bounds what is in flight as OkHttp's dispatcher would, but before a request is handed to it: a
   * request's clock starts when it is sent, not while it waits, so that a wait the server asks for is
   * weighed against the request's own time.
   */
  private final AsyncLimiter limiter;
  private final OkHttpClient http;
  private volatile boolean closed;

  private EmbeddingClient(EmbeddingEndpoint endpoint) {
    this.endpoint = endpoint;
    HttpUrl target = endpoint.url().newBuilder().addPathSegment("embeddings").build();
    this.label = "Embedding model " + endpoint.model() + " at POST " + Redactor.withoutSecrets(target);
    Request.Builder request = new Request.Builder().url(target);
    endpoint.apiKey().value().ifPresent(key -> request.header("Authorization", "Bearer " + key));
    this.request = request.build();
    this.redactor = Redactor.of(endpoint.apiKey().value().orElse(null));
    this.retries = RetryPolicy.ofHeaders(endpoint.maxRetries(), endpoint.timeout(), ROLE);
    this.limiter = new AsyncLimiter(endpoint.concurrency());
    this.http = RetryPolicy.httpClient(endpoint.timeout(), ROLE, endpoint.concurrency());
  }

  /** A client of the endpoint; close it to release its threads and connections. */
  public static EmbeddingClient connect(EmbeddingEndpoint endpoint) {
    return new EmbeddingClient(Objects.requireNonNull(endpoint, "endpoint"));
  }

  /** The model the endpoint serves; an index records it, so that embeddings of two models never meet. */
  public String model() {
    return endpoint.model();
  }

  /**
   * The image's embedding, scaled to unit length. Returns at once; the stage fails with an
   * {@link EmbeddingCallException} when no embedding could be had.
   *
   * @param mediaType the type of the encoded bytes, e.g. {@code image/jpeg}
   * @throws IllegalArgumentException when the media type is no image type
   */
  public CompletableFuture<float[]> embed(byte[] image, String mediaType) {
    Objects.requireNonNull(image, "image");
    if (mediaType == null || !mediaType.startsWith("image/")) {
      throw new IllegalArgumentException("An image to embed must have an image media type, was " + mediaType);
    }
    CompletableFuture<float[]> embedding = new CompletableFuture<>();
    new Exchange(OneShotBody.of(body(image, mediaType), JSON), embedding).attempt();
    return embedding;
  }

  /** The embedding of an image of the API; see {@link #embed(byte[], String)}. */
  public CompletableFuture<float[]> embed(Image image) {
    return embed(image.bytes(), image.mediaType());
  }

  private byte[] body(byte[] image, String mediaType) {
    ObjectNode body = EmbeddingReply.JSON.createObjectNode().put("model", endpoint.model());
    body.putArray("messages").addObject().put("role", "user")
        .putArray("content").addObject().put("type", "image_url")
        .putObject("image_url").put("url", "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(image));
    body.put("encoding_format", "float");
    try {
      return EmbeddingReply.JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  /** Fails what is in flight and releases OkHttp's threads and connections. */
  @Override
  public void close() {
    closed = true;
    RetryPolicy.shutDown(http);
  }

  @Override
  public String toString() {
    return label;
  }

  /** One embedding: its attempts, until an embedding or a final failure. */
  private final class Exchange {

    private final RequestBody body;
    private final CompletableFuture<float[]> embedding;
    private int attempts;

    Exchange(RequestBody body, CompletableFuture<float[]> embedding) {
      this.body = body;
      this.embedding = embedding;
    }

    void attempt() {
      if (closed) {
        fail("was closed before an answer arrived", null);
        return;
      }
      limiter.run(this::send);
    }

    /** Runs holding a permit, released once the response has been read. */
    private void send() {
      if (closed) {
        limiter.release();
        fail("was closed before an answer arrived", null);
        return;
      }
      attempts++;
      long sent = System.nanoTime();
      http.newCall(request.newBuilder().post(body).build()).enqueue(new Callback() {
        @Override
        public void onFailure(Call call, IOException e) {
          limiter.release();
          noAnswer(e);
        }

        @Override
        public void onResponse(Call call, Response response) {
          String text;
          try (response) {
            text = response.body().string();
          } catch (IOException e) {
            onFailure(call, e);
            return;
          }
          limiter.release();
          answered(response, text, Duration.ofNanos(System.nanoTime() - sent));
        }
      });
    }

    private void noAnswer(IOException e) {
      boolean timedOut = e instanceof SocketTimeoutException || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()));
      String what = timedOut
          ? "gave no answer within " + endpoint.timeout().toMillis() + " ms"
          : "could not be reached (" + e.getClass().getSimpleName() + ")";
      retryOrFail(retries.afterNoResponse(attempts), what + " after " + attemptCount(), e);
    }

    private void answered(Response response, String text, Duration elapsed) {
      if (response.isSuccessful()) {
        try {
          embedding.complete(EmbeddingReply.parse(text));
        } catch (IllegalArgumentException e) {
          fail("answered with no usable embedding, " + e.getMessage() + ": " + redactor.excerpt(text, EXCERPT_LENGTH), null);
        }
        return;
      }
      RetryPolicy.Decision decision = retries.afterStatus(attempts, response, text, elapsed);
      retryOrFail(decision, "answered HTTP " + response.code() + " after " + attemptCount()
          + decision.reason().map(reason -> ": " + reason).orElse("")
          + (text.isBlank() ? "" : ": " + redactor.excerpt(text, EXCERPT_LENGTH)), null);
    }

    private void retryOrFail(RetryPolicy.Decision decision, String failure, Throwable cause) {
      if (closed) {
        fail("was closed before an answer arrived", null);
      } else if (decision.delay().isEmpty()) {
        fail(failure, cause);
      } else {
        CompletableFuture.delayedExecutor(decision.delay().get().toMillis(), TimeUnit.MILLISECONDS).execute(this::attempt);
      }
    }

    private String attemptCount() {
      return attempts + (attempts == 1 ? " attempt" : " attempts");
    }

    private void fail(String what, Throwable cause) {
      embedding.completeExceptionally(new EmbeddingCallException(label + " " + what, cause));
    }
  }
}
