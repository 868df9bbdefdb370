package dev.vlb.engine.model;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
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
import org.apiguardian.api.API;

/**
 * The HTTP side of a service the engine posts to besides the model (a painter, an embedding endpoint):
 * posts to one endpoint without blocking the caller, at most {@code concurrency} requests in flight,
 * before OkHttp's dispatcher (so a request's clock starts when it is sent, not while it waits), a failed
 * attempt sent again as the engine's one {@link RetryPolicy} decides (connection errors, 408, 429 and
 * 5xx, honouring {@code Retry-After}) and by nothing else. A failure names the service, the endpoint,
 * the status and the start of the body, never the token, in the caller's own exception type.
 */
@API(status = INTERNAL, since = "0.1")
public final class PostClient implements AutoCloseable {

  private static final int EXCERPT_LENGTH = 200;

  private final String label;
  private final Duration timeout;
  private final BiFunction<String, Throwable, ? extends RuntimeException> failures;
  private final Request request;
  private final Redactor redactor;
  private final RetryPolicy retries;
  private final AsyncLimiter limiter;
  private final OkHttpClient http;
  private volatile boolean closed;

  /**
   * What a client posts to, and how.
   *
   * @param service names the server in messages ("IOPaint", "Embedding model clip")
   * @param token sent as a Bearer header, and masked in every message
   * @param role names the configuration keys in retry messages and OkHttp's threads ("editor")
   * @param failures makes the caller's exception from a message and a cause
   */
  public record Target(String service, HttpUrl endpoint, Optional<String> token, Duration timeout, int concurrency,
      int maxRetries, String role, BiFunction<String, Throwable, ? extends RuntimeException> failures) {}

  public PostClient(Target target) {
    this.label = target.service() + " at POST " + Redactor.withoutSecrets(target.endpoint());
    this.timeout = target.timeout();
    this.failures = target.failures();
    Request.Builder request = new Request.Builder().url(target.endpoint());
    target.token().ifPresent(value -> request.header("Authorization", "Bearer " + value));
    this.request = request.build();
    this.redactor = Redactor.of(target.token().orElse(null));
    this.retries = RetryPolicy.ofHeaders(target.maxRetries(), target.timeout(), target.role());
    this.limiter = new AsyncLimiter(target.concurrency());
    this.http = RetryPolicy.httpClient(target.timeout(), target.role(), target.concurrency());
  }

  /**
   * Posts the body; the reply, once an attempt succeeds, is what {@code reader} makes of its bytes. The
   * reader runs on OkHttp's thread and fails with {@link #unusable} when the bytes are no answer.
   */
  public <T> CompletableFuture<T> post(byte[] body, MediaType type, Function<byte[], T> reader) {
    CompletableFuture<T> reply = new CompletableFuture<>();
    new Exchange<>(OneShotBody.of(body, type), reader, reply).attempt();
    return reply;
  }

  /** The failure of an answer that arrived but is not what was asked for; {@code what} is masked. */
  public RuntimeException unusable(String what) {
    return failures.apply(label + " " + redactor.redact(what), null);
  }

  /** The start of a reply for a message, the token masked. */
  public String excerpt(String reply) {
    return redactor.excerpt(reply, EXCERPT_LENGTH);
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
          noAnswer(e);
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

    private void noAnswer(IOException e) {
      boolean timedOut = e instanceof SocketTimeoutException || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()));
      String what = timedOut
          ? "gave no answer within " + timeout.toMillis() + " ms"
          : "could not be reached (" + e.getClass().getSimpleName() + ")";
      retryOrFail(retries.afterNoResponse(attempts), () -> failure(what + " after " + attemptCount(), e));
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
          + (text.isBlank() ? "" : ": " + excerpt(text)), null));
    }

    private void retryOrFail(RetryPolicy.Decision decision, Supplier<RuntimeException> failure) {
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

    private RuntimeException failure(String what, Throwable cause) {
      return failures.apply(label + " " + what, cause);
    }

    private RuntimeException closedFailure() {
      return failures.apply(label + " was closed before an answer arrived", null);
    }
  }
}
