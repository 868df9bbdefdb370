package dev.vlb.engine.model.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    ExecutorService workers = Executors.newFixedThreadPool(threads);
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

  private void answer(HttpExchange exchange, Duration latency) throws IOException {
    try (InputStream body = exchange.getRequestBody()) {
      body.readAllBytes();
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
