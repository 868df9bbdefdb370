package dev.vlb.engine.model;

import static dev.vlb.engine.model.ModelCallException.Kind.CIRCUIT_OPEN;
import static dev.vlb.engine.model.ModelCallException.Kind.CONNECTION;
import static dev.vlb.engine.model.ModelCallException.Kind.HTTP_STATUS;
import static dev.vlb.engine.model.ModelCallException.Kind.TIMEOUT;
import static dev.vlb.engine.model.ModelCallException.Kind.UNSUPPORTED_IMAGE;

import dev.vlb.api.spi.ModelQuery;
import dev.vlb.api.spi.ModelReply;
import dev.vlb.engine.model.RetryPolicy.Decision;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A model behind one or more HTTP endpoints speaking one provider's protocol. Requests are sent
 * asynchronously, at most {@code concurrency} in flight per endpoint, round-robin over endpoints whose
 * circuit is closed; connection errors, timeouts, 408, 429 and 5xx are retried as {@link RetryPolicy}
 * decides, and by nothing else: OkHttp neither retries nor follows redirects.
 */
final class HttpModelClient implements RemoteModel {

  private static final System.Logger LOG = System.getLogger(HttpModelClient.class.getName());
  private static final MediaType JSON = MediaType.get("application/json");
  private static final int EXCERPT_LENGTH = 200;

  private final ClientConfig config;
  private final Protocol protocol;
  private final RetryPolicy retryPolicy;
  private final Redactor redactor;
  private final List<Endpoint> endpoints;
  private final ResponseCache cache;
  private final ImageEncodings encodings;
  private final OkHttpClient http;
  private final String name;
  private final CallCounter counter = new CallCounter();
  private final AtomicInteger nextEndpoint = new AtomicInteger();
  private volatile boolean closed;

  HttpModelClient(ClientConfig config, ResponseCache cache) {
    this.config = config;
    this.protocol = config.provider().protocol();
    this.retryPolicy = RetryPolicy.of(config);
    this.redactor = config.apiKey().redactor();
    this.endpoints = config.endpoints().stream()
        .map(base -> Endpoint.of(protocol.target(base, config.model()), config.concurrency(), config.breakerThreshold()))
        .toList();
    this.cache = cache;
    this.encodings = ImageEncodings.forConcurrency(config.concurrency() * endpoints.size());
    this.http = RetryPolicy.httpClient(config.timeout(), config.role(), config.concurrency() * endpoints.size());
    this.name = config.displayName();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public CompletionStage<ModelReply> ask(ModelQuery query) {
    counter.request();
    Optional<EncodedImage> image;
    try {
      image = query.image().map(encodings::encode);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      counter.failure();
      return CompletableFuture.failedFuture(new ModelCallException(UNSUPPORTED_IMAGE, name, 0, redactor.redact(e.getMessage()), null));
    }
    JsonBody body = config.requestBody(image, query.prompt());
    Optional<String> cacheKey = cacheKey(body);
    Optional<ModelReply> cached = cacheKey.flatMap(cache::get);
    if (cached.isPresent()) {
      counter.cacheHit();
      return CompletableFuture.completedFuture(cached.get());
    }
    CompletableFuture<ModelReply> reply = new CompletableFuture<>();
    new Exchange(OneShotBody.of(body, JSON), cacheKey, reply).attempt();
    return reply;
  }

  /** Empty when the cache is off, so that no request is hashed for nothing. */
  private Optional<String> cacheKey(JsonBody body) {
    return cache.enabled() ? Optional.of(ResponseCache.key(config.cacheModel(), name, body)) : Optional.empty();
  }

  @Override
  public CallStatistics statistics() {
    return counter.snapshot();
  }

  /** Cancels what is in flight (those requests fail) and releases OkHttp's threads and connections. */
  @Override
  public void close() {
    closed = true;
    RetryPolicy.shutDown(http);
  }

  @Override
  public String toString() {
    return "HttpModelClient[" + config.role() + ": " + name + "]";
  }

  private Optional<Endpoint> pickEndpoint() {
    int start = nextEndpoint.getAndIncrement();
    for (int i = 0; i < endpoints.size(); i++) {
      Endpoint endpoint = endpoints.get(Math.floorMod(start + i, endpoints.size()));
      if (!endpoint.breaker().isOpen()) {
        return Optional.of(endpoint);
      }
    }
    return Optional.empty();
  }

  /** One ask: its attempts, until an answer, a final failure, or every endpoint's circuit is open. */
  private final class Exchange {

    private final RequestBody body;
    private final Optional<String> cacheKey;
    private final CompletableFuture<ModelReply> reply;
    private int attempts;

    Exchange(RequestBody body, Optional<String> cacheKey, CompletableFuture<ModelReply> reply) {
      this.body = body;
      this.cacheKey = cacheKey;
      this.reply = reply;
    }

    void attempt() {
      if (closed) {
        fail(new ModelCallException(CONNECTION, name, 0, "The client of " + name + " was closed before an answer arrived", null));
        return;
      }
      pickEndpoint().ifPresentOrElse(endpoint -> endpoint.limiter().run(() -> send(endpoint)), () -> fail(circuitOpen()));
    }

    /** Runs holding a permit of the endpoint, released when the response has been read. */
    private void send(Endpoint endpoint) {
      if (closed || endpoint.breaker().isOpen()) {
        endpoint.limiter().release();
        attempt();
        return;
      }
      attempts++;
      counter.call();
      Request.Builder request = new Request.Builder().url(endpoint.target()).post(body);
      protocol.addHeaders(request, config.apiKey().value());
      long started = System.nanoTime();
      http.newCall(request.build()).enqueue(new Callback() {
        @Override
        public void onFailure(Call call, IOException e) {
          connectionFailed(endpoint, e);
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
          answered(endpoint, response, text, Duration.ofNanos(System.nanoTime() - started));
        }
      });
    }

    /** Settles the breaker before the permit is released, so that no queued request slips past an open one. */
    private void answered(Endpoint endpoint, Response response, String text, Duration latency) {
      int status = response.code();
      if (response.isSuccessful()) {
        endpoint.breaker().recordSuccess();
        endpoint.limiter().release();
        accept(endpoint, status, text, latency);
        return;
      }
      Decision decision = retryPolicy.afterStatus(attempts, response, text, latency);
      ModelCallException failure = failure(HTTP_STATUS, endpoint, status, "HTTP " + status, decision.reason(), text, null);
      if (status >= 500) {
        recordDown(endpoint, failure);
      } else {
        endpoint.breaker().recordSuccess();
      }
      endpoint.limiter().release();
      retryOrFail(failure, decision);
    }

    private void accept(Endpoint endpoint, int status, String text, Duration latency) {
      try {
        ParsedReply answer = protocol.parse(Json.parseReply(text));
        ModelReply answered = new ModelReply(redactor.redact(answer.text()), latency, answer.usage(), false);
        counter.answered(answer.usage());
        cacheKey.ifPresent(key -> cache.put(key, answered));
        reply.complete(answered);
      } catch (UnusableReplyException e) {
        fail(failure(e.kind(), endpoint, status, e.getMessage(), Optional.empty(), text, null));
      }
    }

    private void connectionFailed(Endpoint endpoint, IOException e) {
      if (closed) {
        endpoint.limiter().release();
        attempt();
        return;
      }
      boolean timedOut = e instanceof SocketTimeoutException || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()));
      String what = timedOut ? "no answer within " + config.timeout().toMillis() + " ms" : "connection failed (" + e + ")";
      ModelCallException failure = failure(timedOut ? TIMEOUT : CONNECTION, endpoint, 0, what, Optional.empty(), null, e);
      recordDown(endpoint, failure);
      endpoint.limiter().release();
      retryOrFail(failure, retryPolicy.afterNoResponse(attempts));
    }

    private void recordDown(Endpoint endpoint, ModelCallException failure) {
      if (endpoint.breaker().recordFailure(failure)) {
        LOG.log(Level.WARNING, "{0} is considered down for this run after {1} consecutive failures; last: {2}",
            endpoint.label(), endpoint.breaker().threshold(), failure.getMessage());
      }
    }

    private void retryOrFail(ModelCallException failure, Decision decision) {
      if (decision.delay().isEmpty() || closed) {
        fail(failure);
        return;
      }
      if (pickEndpoint().isEmpty()) {
        fail(circuitOpen());
        return;
      }
      counter.retry();
      Duration delay = decision.delay().get();
      LOG.log(Level.DEBUG, "Retrying in {0} ms: {1}", delay.toMillis(), failure.getMessage());
      CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS).execute(this::attempt);
    }

    private ModelCallException circuitOpen() {
      ModelCallException cause = endpoints.stream().flatMap(endpoint -> endpoint.breaker().openedBy().stream()).findFirst().orElse(null);
      String message = name + " is down for this run after " + config.breakerThreshold()
          + " consecutive failures of every endpoint" + (cause == null ? "" : "; last failure: " + cause.getMessage());
      return new ModelCallException(CIRCUIT_OPEN, cause == null ? name : cause.endpoint(), 0, message, cause);
    }

    /** A failure naming endpoint, status, attempts, why not retried and a short excerpt of the body, without the key. */
    private ModelCallException failure(
        ModelCallException.Kind kind, Endpoint endpoint, int status, String what, Optional<String> reason, String body, Throwable cause) {
      StringBuilder message = new StringBuilder(what).append(" from POST ").append(endpoint.label());
      if (attempts > 1) {
        message.append(" after ").append(attempts).append(" attempts");
      }
      reason.ifPresent(why -> message.append(": ").append(why));
      if (body != null && !body.isBlank()) {
        message.append(": ").append(redactor.excerpt(body, EXCERPT_LENGTH));
      }
      return new ModelCallException(kind, endpoint.label(), status, redactor.redact(message.toString()), cause);
    }


    private void fail(ModelCallException failure) {
      counter.failure();
      reply.completeExceptionally(failure);
    }
  }
}
