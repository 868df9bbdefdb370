package dev.vlb.engine.model.bench;

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
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback OpenAI-compatible chat-completions server that answers every request after a fixed
 * latency, like a GPU server whose batch never fills. Its thread pool is far larger than any client
 * concurrency measured, so the server is never the bottleneck.
 */
final class FakeOpenAiServer implements AutoCloseable {

  private static final byte[] ANSWER = """
      {"id": "chatcmpl-bench", "object": "chat.completion", "model": "fake",
       "choices": [{"index": 0, "message": {"role": "assistant", "content": "A"}, "finish_reason": "stop"}],
       "usage": {"prompt_tokens": 100, "completion_tokens": 1, "total_tokens": 101}}"""
      .getBytes(StandardCharsets.UTF_8);

  private static final String THREAD_PREFIX = "fake-server-";

  private final HttpServer server;
  private final ExecutorService workers;
  private final AtomicLong requests = new AtomicLong();

  private FakeOpenAiServer(HttpServer server, ExecutorService workers) {
    this.server = server;
    this.workers = workers;
  }

  /** Without TCP_NODELAY the JDK server's separate header and body writes stall on delayed ACKs. */
  static FakeOpenAiServer start(Duration latency, int threads) throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    AtomicInteger created = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, THREAD_PREFIX + created.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    FakeOpenAiServer fake = new FakeOpenAiServer(server, workers);
    server.createContext("/v1/chat/completions", exchange -> fake.answer(exchange, latency));
    server.setExecutor(workers);
    server.start();
    return fake;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  long requests() {
    return requests.get();
  }

  /**
   * CPU time so far of the server's own threads (its workers and the JDK server's dispatcher), so that a
   * benchmark in the same process can tell the client's CPU from the server's.
   */
  static long cpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
        .filter(Objects::nonNull)
        .filter(info -> info.getThreadName().startsWith(THREAD_PREFIX) || info.getThreadName().startsWith("HTTP-Dispatcher"))
        .mapToLong(ThreadInfo::getThreadId)
        .map(threads::getThreadCpuTime)
        .filter(nanos -> nanos > 0)
        .sum();
  }

  private void answer(HttpExchange exchange, Duration latency) throws IOException {
    try (InputStream body = exchange.getRequestBody()) {
      body.transferTo(OutputStream.nullOutputStream()); // not kept: a copy would only add the server's garbage to the client's CPU figures
    }
    try {
      Thread.sleep(latency.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    requests.incrementAndGet();
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, ANSWER.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(ANSWER);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }
}
