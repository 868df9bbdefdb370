package dev.vlb.engine.model.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
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
 * <p>Usage: {@code EngineThroughputBenchmark [latencyMs] [concurrency...]}, e.g. {@code 50 8 64}.
 */
public final class EngineThroughputBenchmark {

  public static void main(String[] args) throws Exception {
    Duration latency = Duration.ofMillis(args.length > 0 ? Long.parseLong(args[0]) : 50);
    int[] concurrencies = args.length > 1
        ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
        : new int[] {8, 64};
    run(InstantBenchSuite.class, Map.of()); // warm-up: class loading, WordNet, JIT
    Result cpu = run(InstantBenchSuite.class, Map.of());
    System.out.printf(Locale.ROOT, "engine alone (instant model): %d answered variants in %.2f s = %.0f per second%n",
        cpu.answered(), cpu.seconds(), cpu.rate());
    try (FakeOpenAiServer server = FakeOpenAiServer.start(latency, 512)) {
      for (int concurrency : concurrencies) {
        Map<String, String> remote = Map.of(
            "vlb.model.url", server.url(),
            "vlb.model.name", "fake",
            "vlb.concurrency", Integer.toString(concurrency),
            "vlb.cache.enabled", "false");
        long before = server.requests();
        Result result = run(SyntheticBenchSuite.class, remote);
        long requests = server.requests() - before;
        double achieved = requests / result.seconds();
        double httpIdeal = concurrency * 1000.0 / latency.toMillis();
        double ideal = Math.min(httpIdeal, cpu.rate());
        System.out.printf(Locale.ROOT,
            "concurrency %d, latency %d ms: %d requests in %.2f s = %.0f req/s; ideal min(%.0f, %.0f) = %.0f; ratio %.2f%n",
            concurrency, latency.toMillis(), requests, result.seconds(), achieved, httpIdeal, cpu.rate(), ideal,
            achieved / ideal);
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
