package dev.vlb.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loopback stand-ins for the three remote roles of generation, each answering after the same fixed
 * latency: a planner LVLM (a valid plan for whichever strategy its prompt asks), a judge LVLM ("Yes") and
 * an IOPaint server (the canvas it was sent, which has the size asked for). Their pool is far larger
 * than the concurrency measured, so they are never the bottleneck.
 */
final class GenerationStandIns implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService workers;
  private final Duration latency;
  final AtomicLong plannerCalls = new AtomicLong();
  final AtomicLong judgeCalls = new AtomicLong();
  final AtomicLong painterCalls = new AtomicLong();
  private final AtomicLong inFlight = new AtomicLong();
  /** The most requests the stand-ins held at once, over all roles: how busy the engine kept them. */
  final AtomicLong mostInFlight = new AtomicLong();

  private GenerationStandIns(HttpServer server, ExecutorService workers, Duration latency) {
    this.server = server;
    this.workers = workers;
    this.latency = latency;
  }

  static GenerationStandIns start(Duration latency) throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    ExecutorService workers = Executors.newFixedThreadPool(512, task -> {
      Thread thread = new Thread(task, "stand-in");
      thread.setDaemon(true);
      return thread;
    });
    GenerationStandIns standIns = new GenerationStandIns(server, workers, latency);
    server.createContext("/planner/v1/chat/completions", exchange -> standIns.plan(exchange));
    server.createContext("/judge/v1/chat/completions", exchange -> standIns.judge(exchange));
    server.createContext("/iopaint/api/v1/inpaint", exchange -> standIns.paint(exchange));
    server.setExecutor(workers);
    server.start();
    return standIns;
  }

  String url(String role) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + role + (role.equals("iopaint") ? "" : "/v1");
  }

  private void plan(HttpExchange exchange) throws IOException {
    String prompt = "";
    for (JsonNode part : read(exchange).path("messages").get(0).path("content")) {
      prompt = part.path("type").asText().equals("text") ? part.path("text").asText() : prompt;
    }
    plannerCalls.incrementAndGet();
    answer(exchange, "application/json", chat(plan(prompt)));
  }

  private void judge(HttpExchange exchange) throws IOException {
    read(exchange);
    judgeCalls.incrementAndGet();
    answer(exchange, "application/json", chat("Yes."));
  }

  private void paint(HttpExchange exchange) throws IOException {
    byte[] canvas = Base64.getDecoder().decode(read(exchange).path("image").asText());
    painterCalls.incrementAndGet();
    answer(exchange, "image/png", canvas);
  }

  private static String plan(String prompt) {
    if (prompt.contains("Plan objects to add")) {
      return "{\"keep\": [[220, 120, 300, 200]], \"objects\": [{\"name\": \"cup\", \"box\": [20, 20, 100, 90]},"
          + " {\"name\": \"ball\", \"box\": [120, 20, 200, 100]}]}";
    }
    if (prompt.contains("could be removed")) {
      return "[{\"object_name\": \"stone\", \"box\": [20, 20, 120, 100]}]";
    }
    if (prompt.contains("Write a description")) {
      return "{\"descriptions\": [\"A large shape stands over a pale grey band.\"]}";
    }
    if (prompt.contains("nothing to do with this image")) {
      return "{\"contexts\": [\"Trains in Japan are famous for running on time.\"]}";
    }
    return "{\"questions\": [\"Which hue does the large shape in this picture have?\"]}";
  }

  private void answer(HttpExchange exchange, String type, byte[] body) throws IOException {
    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      Thread.sleep(latency.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      inFlight.decrementAndGet();
    }
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static JsonNode read(HttpExchange exchange) throws IOException {
    try (InputStream body = exchange.getRequestBody()) {
      return JSON.readTree(body);
    }
  }

  private static byte[] chat(String content) {
    ObjectNode body = JSON.createObjectNode();
    body.putArray("choices").addObject().put("finish_reason", "stop").putObject("message")
        .put("role", "assistant").put("content", content);
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }
}
