package dev.vlb.engine.bootstrap.image;

import dev.vlb.engine.model.AsyncLimiter;
import dev.vlb.engine.model.OneShotBody;
import dev.vlb.engine.model.Redactor;
import dev.vlb.engine.model.RetryPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The HTTP side of a remote painter: posts to one endpoint without blocking the caller, at most
 * {@code concurrency} requests in flight, a failed attempt sent again as the engine's one
 * {@link RetryPolicy} decides (connection errors, 408, 429 and 5xx, up to {@value #MAX_RETRIES} times,
 * honouring {@code Retry-After}) and by nothing else. A failure names the service, the endpoint, the
 * status and the start of the body, never the token.
 */
final class PainterClient implements AutoCloseable {

  static final int MAX_RETRIES = 2;
  private static final int EXCERPT_LENGTH = 200;

  private final String label;
  private final Request request;
  private final Redactor redactor;
  private final RetryPolicy retries;
  private final AsyncLimiter limiter;
  private final OkHttpClient http;
  private volatile boolean closed;

  /**
   * @param service names the server in messages and thread names ("IOPaint")
   * @param token sent as a Bearer header
   */
  PainterClient(String service, HttpUrl endpoint, Optional<String> token, Duration timeout, int concurrency) {
    this.label = service + " at POST " + Redactor.withoutSecrets(endpoint);
    Request.Builder request = new Request.Builder().url(endpoint);
    token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
    this.request = request.build();
    this.redactor = Redactor.of(token.orElse(null));
    this.retries = RetryPolicy.ofHeaders(MAX_RETRIES, timeout, "editor");
    this.limiter = new AsyncLimiter(concurrency);
    this.http = RetryPolicy.httpClient(timeout, "editor", concurrency);
  }

  /**
   * Posts the body; the reply, once an attempt succeeds, is what {@code reader} makes of its bytes. The
   * reader runs on OkHttp's thread and fails with {@link #unusable} when the bytes are no answer.
   */
  <T> CompletableFuture<T> post(byte[] body, MediaType type, Function<byte[], T> reader) {
    CompletableFuture<T> reply = new CompletableFuture<>();
    new Exchange<>(OneShotBody.of(body, type), reader, reply).attempt();
    return reply;
  }

  /** The failure of an answer that arrived but is no usable image. */
  EditorCallException unusable(String what) {
    return new EditorCallException(label + " " + redactor.redact(what), null);
  }

  /** Fails what is in flight and releases OkHttp's threads and connections. */
  @Override
  public void close() {
    closed = true;
    RetryPolicy.shutDown(http);
  }

  /** One post: its attempts, until an answer or a final failure. */
  private final class Exchange<T> {

    private final RequestBody body;
    private final Function<byte[], T> reader;
    private final CompletableFuture<T> reply;
    private int attempts;

    Exchange(RequestBody body, Function<byte[], T> reader, CompletableFuture<T> reply) {
      this.body = body;
      this.reader = reader;
      this.reply = reply;
    }

    void attempt() {
      if (closed) {
        reply.completeExceptionally(closedFailure());
        return;
      }
      limiter.run(this::send);
    }

    /** Runs holding a permit, released once the response has been read. */
    private void send() {
      if (closed) {
        limiter.release();
        reply.completeExceptionally(closedFailure());
        return;
      }
      attempts++;
      long sent = System.nanoTime();
      http.newCall(request.newBuilder().post(body).build()).enqueue(new Callback() {
        @Override
        public void onFailure(Call call, IOException e) {
          limiter.release();
          retryOrFail(retries.afterNoResponse(attempts), () -> failure("gave no answer after " + attemptCount()
              + " (" + e.getClass().getSimpleName() + ")", e));
        }

        @Override
        public void onResponse(Call call, Response response) {
          byte[] bytes;
          try (response) {
            bytes = response.body().bytes();
          } catch (IOException e) {
            onFailure(call, e);
            return;
          }
          limiter.release();
          answered(response, bytes, Duration.ofNanos(System.nanoTime() - sent));
        }
      });
    }

    private void answered(Response response, byte[] bytes, Duration elapsed) {
      if (response.isSuccessful()) {
        try {
          reply.complete(reader.apply(bytes));
        } catch (RuntimeException e) {
          reply.completeExceptionally(e);
        }
        return;
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      RetryPolicy.Decision decision = retries.afterStatus(attempts, response, text, elapsed);
      retryOrFail(decision, () -> failure("answered HTTP " + response.code() + " after " + attemptCount()
          + decision.reason().map(reason -> ": " + reason).orElse("")
          + (text.isBlank() ? "" : ": " + redactor.excerpt(text, EXCERPT_LENGTH)), null));
    }

    private void retryOrFail(RetryPolicy.Decision decision, Supplier<EditorCallException> failure) {
      if (closed) {
        reply.completeExceptionally(closedFailure());
      } else if (decision.delay().isEmpty()) {
        reply.completeExceptionally(failure.get());
      } else {
        CompletableFuture.delayedExecutor(decision.delay().get().toMillis(), TimeUnit.MILLISECONDS).execute(this::attempt);
      }
    }

    private String attemptCount() {
      return attempts + (attempts == 1 ? " attempt" : " attempts");
    }

    private EditorCallException failure(String what, Throwable cause) {
      return new EditorCallException(label + " " + what, cause);
    }

    private EditorCallException closedFailure() {
      return new EditorCallException("The client of " + label + " was closed before an answer arrived", null);
    }
  }
}
