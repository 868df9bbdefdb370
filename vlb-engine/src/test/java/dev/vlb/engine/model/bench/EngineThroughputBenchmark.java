package dev.vlb.engine.model.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * End-to-end throughput of the whole engine (discovery, bootstrapping, HTTP, scoring, reporting):
 * the synthetic paired suite (100 items x 20 compositions) against a loopback fake OpenAI-compatible
 * server with a fixed latency. The ideal is the lower of concurrency / latency and the engine's own
 * CPU-bound rate, measured in the same run with a model that answers instantly.
 *
 * <p>Usage: {@code EngineThroughputBenchmark [--photos] [--cache] [latencyMs] [concurrency...]}, e.g.
 * {@code 50 8 64}. With {@code --photos}, the suite is {@link PhotoBenchSuite} instead: {@value #PHOTO_ITEMS}
 * JSONL items with an 84 KB PNG each, written first under {@code target/} (run it from {@code vlb-engine}).
 * With {@code --cache}, the response cache is on (as by default), in a fresh directory for each run.
 */
public final class EngineThroughputBenchmark {

  private static final int PHOTO_ITEMS = 2000;

  public static void main(String[] args) throws Exception {
    List<String> options = Arrays.stream(args).filter(arg -> arg.startsWith("--")).toList();
    boolean photos = options.contains("--photos");
    boolean cache = options.contains("--cache");
    String[] numbers = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toArray(String[]::new);
    Duration latency = Duration.ofMillis(numbers.length > 0 ? Long.parseLong(numbers[0]) : 50);
    int[] concurrencies = numbers.length > 1
        ? Arrays.stream(numbers, 1, numbers.length).mapToInt(Integer::parseInt).toArray()
        : new int[] {8, 64};
    if (photos) {
      PhotoItems.write(PHOTO_ITEMS);
    }
    Class<?> instant = photos ? InstantPhotoBenchSuite.class : InstantBenchSuite.class;
    Class<?> remote = photos ? PhotoBenchSuite.class : SyntheticBenchSuite.class;
    run(instant, Map.of()); // warm-up: class loading, WordNet, JIT
    Result cpu = run(instant, Map.of());
    System.out.printf(Locale.ROOT, "engine alone (instant model): %d answered variants in %.2f s = %.0f per second%n",
        cpu.answered(), cpu.seconds(), cpu.rate());
    OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
    try (FakeOpenAiServer server = FakeOpenAiServer.start(latency, 512)) {
      for (int concurrency : concurrencies) {
        Map<String, String> configuration = Map.of(
            "vlb.model.url", server.url(),
            "vlb.model.name", "fake",
            "vlb.concurrency", Integer.toString(concurrency),
            "vlb.cache.enabled", Boolean.toString(cache),
            "vlb.cache.dir", Files.createTempDirectory("vlb-bench-cache").toString());
        long before = server.requests();
        long processCpu = os.getProcessCpuTime();
        long serverCpu = FakeOpenAiServer.cpuNanos();
        Result result = run(remote, configuration);
        long requests = server.requests() - before;
        double processMillis = (os.getProcessCpuTime() - processCpu) / 1e6 / requests;
        double serverMillis = (FakeOpenAiServer.cpuNanos() - serverCpu) / 1e6 / requests;
        double achieved = requests / result.seconds();
        double httpIdeal = concurrency * 1000.0 / latency.toMillis();
        double ideal = Math.min(httpIdeal, cpu.rate());
        System.out.printf(Locale.ROOT,
            "concurrency %d, latency %d ms: %d requests in %.2f s = %.0f req/s; ideal min(%.0f, %.0f) = %.0f; ratio %.2f"
                + " (%.2f of the HTTP ideal); CPU per request %.3f ms (fake server %.3f ms)%n",
            concurrency, latency.toMillis(), requests, result.seconds(), achieved, httpIdeal, cpu.rate(), ideal,
            achieved / ideal, achieved / httpIdeal, processMillis, serverMillis);
      }
    }
  }

  /** @param answered variants that reached the model (not-generated ones never do) */
  private record Result(long answered, double seconds) {
    double rate() {
      return answered / seconds;
    }
  }

  private static Result run(Class<?> suite, Map<String, String> configuration) throws Exception {
    Path output = Files.createTempDirectory("vlb-bench");
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(suite))
        .configurationParameters(configuration)
        .configurationParameter("vlb.output.dir", output.toString())
        .configurationParameter("vlb.summary.console", "false")
        .build();
    AtomicLong answered = new AtomicLong();
    long start = System.nanoTime();
    LauncherFactory.create().execute(request, new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest() && !test.getDisplayName().equals("gate") && result.getStatus() != TestExecutionResult.Status.ABORTED) {
          answered.incrementAndGet();
        }
      }
    });
    return new Result(answered.get(), (System.nanoTime() - start) / 1e9);
  }
}
