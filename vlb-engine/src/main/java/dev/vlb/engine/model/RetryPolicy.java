package dev.vlb.engine.model;

import static dev.vlb.engine.configuration.ConfigurationKeys.roleKey;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.apiguardian.api.API;

/**
 * Whether a failed attempt is sent again, and after how long: the one place that decides it, each
 * reason explicit. A wait the server asks for (see {@link Protocol#requestedWait}) is honoured when it
 * ends within the timeout of the request that was told to wait; one that would end later fails at once
 * rather than sleep past it. OkHttp's own retries and redirects are off, so {@code max-retries} is the
 * real limit and every call is counted.
 *
 * @param timeout the timeout of one request; a wait the server asks for must end within it
 * @param waits reads the wait a server asks for from an error response
 * @param role the model role, whose keys messages name
 */
@API(status = INTERNAL, since = "0.1")
public record RetryPolicy(RequestedWait waits, int maxRetries, Duration timeout, String role) {

  static RetryPolicy of(ClientConfig config) {
    return new RetryPolicy(config.provider().protocol(), config.maxRetries(), config.timeout(), config.role());
  }

  /**
   * The policy of a client outside this package (an image editor) whose server asks for waits with the
   * standard {@code Retry-After} header.
   *
   * @param role names the keys in messages: {@code vlb.<role>.timeout}
   */
  public static RetryPolicy ofHeaders(int maxRetries, Duration timeout, String role) {
    return new RetryPolicy((headers, body, now) -> Backoff.fromHeaders(headers, now), maxRetries, timeout, role);
  }

  /**
   * An OkHttp client on which this policy is the only one: OkHttp's own retries and redirects are off
   * (a redirect would also carry the credentials elsewhere), and every timeout is the request's. Bodies
   * must also be one-shot ({@link OneShotBody}), or OkHttp still repeats a 503 with {@code Retry-After: 0}.
   */
  public static OkHttpClient.Builder httpClient(Duration timeout) {
    return new OkHttpClient.Builder()
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .callTimeout(timeout)
        .connectTimeout(timeout)
        .readTimeout(timeout)
        .writeTimeout(timeout);
  }

  /**
   * A client as {@link #httpClient(Duration)} that keeps up to {@code maxInFlight} requests in flight
   * (OkHttp's dispatcher would otherwise cap them at 5 per host and 64 in all), on daemon threads named
   * after the role, so that a client left open never holds the JVM.
   */
  public static OkHttpClient httpClient(Duration timeout, String role, int maxInFlight) {
    AtomicInteger threads = new AtomicInteger();
    ThreadPoolExecutor executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
      Thread thread = new Thread(task, "vlb-" + role + "-http-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    Dispatcher dispatcher = new Dispatcher(executor);
    dispatcher.setMaxRequests(maxInFlight);
    dispatcher.setMaxRequestsPerHost(maxInFlight);
    return httpClient(timeout)
        .dispatcher(dispatcher)
        .socketFactory(new NoDelaySocketFactory())
        .connectionPool(new ConnectionPool(maxInFlight, 5, TimeUnit.MINUTES))
        .build();
  }

  /**
   * Releases a client made by {@link #httpClient(Duration, String, int)}: fails what is in flight, stops
   * its threads and closes its connections.
   */
  public static void shutDown(OkHttpClient http) {
    http.dispatcher().cancelAll();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /** Retry after {@code delay}, or give up (no delay) with a reason where the failure alone does not say why. */
  public record Decision(Optional<Duration> delay, Optional<String> reason) {

    static final Decision GIVE_UP = new Decision(Optional.empty(), Optional.empty());

    static Decision retryIn(Duration delay) {
      return new Decision(Optional.of(delay), Optional.empty());
    }

    static Decision giveUp(String reason) {
      return new Decision(Optional.empty(), Optional.of(reason));
    }
  }

  /** After an attempt that got no response: the connection failed or broke, or the timeout passed. */
  public Decision afterNoResponse(int attempts) {
    return attempts > maxRetries ? Decision.GIVE_UP : Decision.retryIn(Backoff.exponential(attempts));
  }

  /**
   * After a response with an error status.
   *
   * @param attempts the attempts made so far, this one included
   * @param elapsed how long after this attempt was sent its response was read
   */
  public Decision afterStatus(int attempts, Response response, String body, Duration elapsed) {
    int status = response.code();
    if (status >= 300 && status < 400) {
      return Decision.giveUp(redirect(response));
    }
    if (!(status == 408 || status == 429 || status >= 500)) {
      return Decision.GIVE_UP; // any other client error: the same request would fail the same way
    }
    if (attempts > maxRetries) {
      return Decision.GIVE_UP; // the message counts the attempts
    }
    Optional<Duration> asked = waits.requestedWait(response.headers(), body, Instant.now());
    if (asked.isEmpty()) {
      return Decision.retryIn(Backoff.exponential(attempts));
    }
    Duration left = timeout.minus(elapsed);
    if (asked.get().compareTo(left) > 0) {
      return Decision.giveUp("the server asks to wait " + asked.get().toMillis() + " ms before a retry, past the "
          + timeout.toMillis() + " ms timeout of the request (" + roleKey(role, "timeout") + ")");
    }
    return Decision.retryIn(Backoff.jittered(asked.get(), left));
  }

  /**
   * A redirect is not followed: OkHttp would turn a 301 or 302 POST into a GET without the body, and
   * would send the provider's key header to wherever the server points.
   */
  private String redirect(Response response) {
    String location = response.header("Location");
    if (location == null) {
      return "redirected without a Location";
    }
    HttpUrl target = response.request().url().resolve(location);
    return "redirected to " + (target == null ? "an unusable Location" : Redactor.withoutSecrets(target))
        + ", which is not followed; set " + roleKey(role, "url") + " to it if the model is there";
  }
}
