package dev.vlb.benchmarks;

import dev.vlb.engine.configuration.ConfigurationKeys;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The end-to-end harness, whichever way the suite runs: Maven's Surefire ({@code mvn -Pbench test}) or
 * the Launcher ({@link LauncherBenchmark}). Registered as a service, it brings up a {@link FakeOpenAiServer}
 * in a process of its own before discovery (so that the server's CPU is not counted as the framework's)
 * and points the model under test at it, unless {@code bench.server.url} names one already running; it
 * measures the run and prints, and appends to {@code target/bench/e2e.jsonl}, a {@link Measurement}.
 *
 * <p>Properties: {@code bench.latency.ms} (50), {@code bench.jitter.ms} (0), {@code bench.error.rate} (0),
 * {@code bench.items} (2,000 photo items), {@code bench.server.url}, {@code bench.fresh} (true: the run
 * starts without {@code target/vlb}, so it generates its variants; false: it reuses the variant store the
 * last run filled, and answers only); and the engine's own, e.g. {@code vlb.concurrency}. The response
 * cache is off unless {@code vlb.cache.enabled} says otherwise.
 */
public final class BenchmarkSession implements LauncherSessionListener, TestExecutionListener {

  static final Path RESULTS = Path.of("target", "bench", "e2e.jsonl");

  /** The engine's default output folder: results, journal and variant store. */
  private static final Path OUTPUT = Path.of("target", "vlb");

  private static final Duration STARTUP = Duration.ofSeconds(30);
  private static final String VARIANT_SEGMENT = "variant";

  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicLong answered = new AtomicLong();
  private Process server;
  private String serverUrl;
  private ProcessProbe probe;
  private RunSampler sampler;
  private double discoverySeconds;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    try {
      if (Boolean.parseBoolean(System.getProperty("bench.fresh", "true"))) {
        deleteRecursively(OUTPUT);
      }
      PhotoItems.write(Integer.getInteger("bench.items", PhotoItems.DEFAULT_COUNT));
      serverUrl = System.getProperty("bench.server.url");
      if (serverUrl == null) {
        serverUrl = startServer();
      }
      setDefault("vlb.model.url", serverUrl);
      setDefault("vlb.model.name", "fake");
      setDefault(ConfigurationKeys.CACHE_ENABLED, "false");
      probe = ProcessProbe.start();
      session.getLauncher().registerTestExecutionListeners(this);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot set up the benchmark: " + e.getMessage(), e);
    }
  }

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    discoverySeconds = probe.seconds();
    answered.set(0);
    serverStatistics("POST");
    probe = ProcessProbe.start();
    sampler = RunSampler.start(() -> serverStatistics("GET").calls());
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    List<UniqueId.Segment> segments = test.getUniqueIdObject().getSegments();
    if (segments.get(segments.size() - 1).getType().equals(VARIANT_SEGMENT) && result.getStatus() != TestExecutionResult.Status.ABORTED) {
      answered.incrementAndGet();
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    Measurement measurement = new Measurement(via(), Integer.getInteger(ConfigurationKeys.CONCURRENCY, ConfigurationKeys.DEFAULT_CONCURRENCY),
        behaviour(), discoverySeconds, answered.get(), serverStatistics("GET"), probe.finish(), sampler.heap(), sampler.secondHalf());
    System.out.println(measurement.describe());
    try {
      Files.createDirectories(RESULTS.getParent());
      Files.writeString(RESULTS, measurement.json() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + RESULTS.toAbsolutePath(), e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (sampler != null) {
      sampler.close();
    }
    if (server != null) {
      server.destroy();
    }
  }

  static FakeOpenAiServer.Behaviour behaviour() {
    return new FakeOpenAiServer.Behaviour(
        Duration.ofMillis(Long.getLong("bench.latency.ms", 50)),
        Duration.ofMillis(Long.getLong("bench.jitter.ms", 0)),
        Double.parseDouble(System.getProperty("bench.error.rate", "0")));
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> paths = Files.walk(folder)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private static String via() {
    return System.getProperty("sun.java.command", "").contains("surefire") ? "mvn test (Surefire)" : "Launcher";
  }

  private static void setDefault(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  /** The class path as this JVM got it: under Surefire a manifest-only jar, which {@code java -cp} reads too. */
  private String startServer() throws IOException {
    FakeOpenAiServer.Behaviour behaviour = behaviour();
    server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), FakeOpenAiServer.class.getName(),
        Long.toString(behaviour.latency().toMillis()), Long.toString(behaviour.jitter().toMillis()),
        Double.toString(behaviour.errorRate()))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String url = out.readLine();
    if (url == null || !url.startsWith("http://")) {
      server.destroy();
      throw new IOException("the fake server did not start; it printed " + url);
    }
    return url;
  }

  private ServerStatistics serverStatistics(String method) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(serverUrl.replaceFirst("/v1$", "") + "/stats"))
        .timeout(STARTUP)
        .method(method, HttpRequest.BodyPublishers.noBody())
        .build();
    try {
      return ServerStatistics.parse(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the fake server's statistics at " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + request.uri(), e);
    }
  }
}
