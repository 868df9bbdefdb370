package dev.vlb.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback OpenAI-compatible chat-completions server that answers every request after a latency,
 * like a GPU server whose batch never fills. Its thread pool is far larger than any client concurrency
 * measured, so the server is never the bottleneck.
 *
 * <p>It is the referee of a benchmark: {@code GET /stats} says how many requests it answered and over
 * which window (first request in to last answer out), whoever the client was, and {@code POST /stats}
 * starts a new window. Run on its own, it prints its URL and serves until killed:
 * {@code FakeOpenAiServer [latencyMs] [jitterMs] [errorRate]}.
 */
public final class FakeOpenAiServer implements AutoCloseable {

  private static final byte[] ANSWER = """
      {"id": "chatcmpl-bench", "object": "chat.completion", "model": "fake",
       "choices": [{"index": 0, "message": {"role": "assistant", "content": "A"}, "finish_reason": "stop"}],
       "usage": {"prompt_tokens": 100, "completion_tokens": 1, "total_tokens": 101}}"""
      .getBytes(StandardCharsets.UTF_8);

  private static final byte[] OVERLOADED = """
      {"error": {"message": "overloaded", "type": "server_error"}}""".getBytes(StandardCharsets.UTF_8);

  private static final String THREAD_PREFIX = "fake-server-";

  /**
   * How the server answers.
   *
   * @param latency mean time from a request's arrival to its answer
   * @param jitter each latency is drawn uniformly from {@code latency ± jitter}
   * @param errorRate the share of requests answered {@code 503} (after their latency, with {@code Retry-After: 0})
   */
  public record Behaviour(Duration latency, Duration jitter, double errorRate) {

    public Behaviour {
      if (jitter.compareTo(latency) > 0) {
        throw new IllegalArgumentException("jitter " + jitter.toMillis() + " ms exceeds latency " + latency.toMillis() + " ms");
      }
      if (errorRate < 0 || errorRate >= 1) {
        throw new IllegalArgumentException("error rate " + errorRate + " is not in [0, 1)");
      }
    }

    public static Behaviour fixed(Duration latency) {
      return new Behaviour(latency, Duration.ZERO, 0);
    }

    Duration draw() {
      long jitterNanos = jitter.toNanos();
      return jitterNanos == 0 ? latency
          : latency.plusNanos(ThreadLocalRandom.current().nextLong(-jitterNanos, jitterNanos + 1));
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "latency %d ms ± %d ms, error rate %.3f", latency.toMillis(), jitter.toMillis(), errorRate);
    }
  }

  private final HttpServer server;
  private final ExecutorService workers;
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong firstArrival = new AtomicLong(Long.MAX_VALUE);
  private final AtomicLong lastAnswer = new AtomicLong(Long.MIN_VALUE);

  private FakeOpenAiServer(HttpServer server, ExecutorService workers) {
    this.server = server;
    this.workers = workers;
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    Behaviour behaviour = new Behaviour(
        Duration.ofMillis(args.length > 0 ? Long.parseLong(args[0]) : 50),
        Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 0),
        args.length > 2 ? Double.parseDouble(args[2]) : 0);
    FakeOpenAiServer server = start(behaviour, 1024);
    System.out.println(server.url());
    System.out.flush();
    Thread.currentThread().join();
  }

  public static FakeOpenAiServer start(Duration latency, int threads) throws IOException {
    return start(Behaviour.fixed(latency), threads);
  }

  /** Without TCP_NODELAY the JDK server's separate header and body writes stall on delayed ACKs. */
  public static FakeOpenAiServer start(Behaviour behaviour, int threads) throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    AtomicInteger created = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, THREAD_PREFIX + created.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    FakeOpenAiServer fake = new FakeOpenAiServer(server, workers);
    server.createContext("/v1/chat/completions", exchange -> fake.answer(exchange, behaviour));
    server.createContext("/stats", fake::stats);
    server.setExecutor(workers);
    server.start();
    return fake;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  public long requests() {
    return requests.get();
  }

  /**
   * CPU time so far of the server's own threads (its workers and the JDK server's dispatcher), so that a
   * benchmark in the same process can tell the client's CPU from the server's.
   */
  public static long cpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
        .filter(Objects::nonNull)
        .filter(info -> info.getThreadName().startsWith(THREAD_PREFIX) || info.getThreadName().startsWith("HTTP-Dispatcher"))
        .mapToLong(ThreadInfo::getThreadId)
        .map(threads::getThreadCpuTime)
        .filter(nanos -> nanos > 0)
        .sum();
  }

  private void answer(HttpExchange exchange, Behaviour behaviour) throws IOException {
    firstArrival.accumulateAndGet(System.nanoTime(), Math::min);
    try (InputStream body = exchange.getRequestBody()) {
      body.transferTo(OutputStream.nullOutputStream()); // not kept: a copy would only add the server's garbage to the client's CPU figures
    }
    try {
      TimeUnit.NANOSECONDS.sleep(behaviour.draw().toNanos());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    boolean fail = ThreadLocalRandom.current().nextDouble() < behaviour.errorRate();
    (fail ? errors : requests).incrementAndGet();
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    if (fail) {
      exchange.getResponseHeaders().set("Retry-After", "0");
    }
    byte[] body = fail ? OVERLOADED : ANSWER;
    exchange.sendResponseHeaders(fail ? 503 : 200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
    lastAnswer.accumulateAndGet(System.nanoTime(), Math::max);
  }

  private void stats(HttpExchange exchange) throws IOException {
    try (InputStream body = exchange.getRequestBody()) {
      body.transferTo(OutputStream.nullOutputStream());
    }
    if (exchange.getRequestMethod().equals("POST")) {
      reset();
    }
    byte[] body = statistics().json().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Counts since the server started or since the last {@link #reset()}. */
  public ServerStatistics statistics() {
    long first = firstArrival.get();
    long last = lastAnswer.get();
    return new ServerStatistics(requests.get(), errors.get(), first == Long.MAX_VALUE || last < first ? 0 : (last - first) / 1e9);
  }

  public void reset() {
    requests.set(0);
    errors.set(0);
    firstArrival.set(Long.MAX_VALUE);
    lastAnswer.set(Long.MIN_VALUE);
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }
}
