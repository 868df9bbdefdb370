package dev.vlb.benchmarks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * Generation throughput of the whole engine on photographs with every remote role: a planner, a judge
 * and an IOPaint server as loopback stand-ins ({@link GenerationStandIns}) with a fixed latency, each
 * role limited to the same concurrency. Every item needs 19 variants (every strategy alone and paired),
 * each a chain of planner, painter and judge calls; the model under test answers instantly.
 *
 * <p>The ideal is the lower of two rates: the HTTP ideal, set by the busiest role (its calls x latency /
 * concurrency is the shortest time the run can take), and the CPU-bound rate, measured first in the same
 * process with stand-ins that answer at once. The stand-ins share the machine's CPUs with the engine.
 *
 * <p>Usage (from {@code vlb-benchmarks}, whose {@code target/bench-photos} it writes; the class path as
 * {@link HotPathFixtures} says): {@code GenerationThroughputBenchmark [latencyMs] [concurrency] [items]},
 * default {@code 200 32 100}.
 */
public final class GenerationThroughputBenchmark {

  private static final int VARIANTS_PER_ITEM = 19;

  public static void main(String[] args) throws Exception {
    Duration latency = Duration.ofMillis(args.length > 0 ? Long.parseLong(args[0]) : 200);
    int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    int items = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    PhotoItems.write(items);
    double cpuBound;
    try (GenerationStandIns instant = GenerationStandIns.start(Duration.ZERO)) {
      run(instant, concurrency, Files.createTempDirectory("vlb-store")); // warm-up: class loading, OpenCV natives, JIT
      cpuBound = measure(instant, concurrency, items, Files.createTempDirectory("vlb-store")).rate();
    }
    try (GenerationStandIns standIns = GenerationStandIns.start(latency)) {
      Path store = Files.createTempDirectory("vlb-store");
      Measured measured = measure(standIns, concurrency, items, store);
      double httpIdeal = measured.generated() / (measured.busiestCalls() * latency.toMillis() / 1000.0 / concurrency);
      double ideal = Math.min(httpIdeal, cpuBound);
      System.out.printf(Locale.ROOT,
          "%d items, latency %d ms, concurrency %d per role: %d variants generated (%d not) in %.2f s = %.1f per second;"
              + " calls: planner %d, painter %d, judge %d; at most %d requests in flight; CPU %.1f ms per variant"
              + " (engine and stand-ins); ideal min(HTTP %.1f, CPU-bound %.1f) = %.1f per second; ratio %.2f"
              + " (%.2f of the HTTP ideal)%n",
          items, latency.toMillis(), concurrency, measured.generated(), measured.result().notGenerated(),
          measured.result().seconds(), measured.rate(), measured.planner(), measured.painter(), measured.judge(),
          standIns.mostInFlight.get(), measured.cpuMillis() / measured.generated(), httpIdeal, cpuBound, ideal,
          measured.rate() / ideal, measured.rate() / httpIdeal);
      Measured again = measure(standIns, concurrency, items, store);
      System.out.printf(Locale.ROOT,
          "again on the variant store it filled: %.2f s (%.2f of the generating run's time); calls: planner %d,"
              + " painter %d, judge %d; store %.1f MB for %d variants%n",
          again.result().seconds(), again.result().seconds() / measured.result().seconds(), again.planner(),
          again.painter(), again.judge(), size(store) / 1e6, measured.generated());
    }
  }

  private static long size(Path folder) throws Exception {
    try (var files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
    }
  }

  /** One measured run: the variants generated, each role's calls, the time and the process's CPU. */
  private record Measured(long generated, long planner, long painter, long judge, Result result, double cpuMillis) {

    double rate() {
      return generated / result.seconds();
    }

    long busiestCalls() {
      return Math.max(planner, Math.max(painter, judge));
    }
  }

  private static Measured measure(GenerationStandIns standIns, int concurrency, int items, Path store) throws Exception {
    OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
    long planner = standIns.plannerCalls.get();
    long painter = standIns.painterCalls.get();
    long judge = standIns.judgeCalls.get();
    long cpu = os.getProcessCpuTime();
    Result result = run(standIns, concurrency, store);
    return new Measured((long) items * VARIANTS_PER_ITEM - result.notGenerated(), standIns.plannerCalls.get() - planner,
        standIns.painterCalls.get() - painter, standIns.judgeCalls.get() - judge, result,
        (os.getProcessCpuTime() - cpu) / 1e6);
  }

  private record Result(long notGenerated, double seconds) {}

  private static Result run(GenerationStandIns standIns, int concurrency, Path store) throws Exception {
    Path output = Files.createTempDirectory("vlb-generation-bench");
    String perRole = Integer.toString(concurrency);
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(GenerationBenchSuite.class))
        .configurationParameters(Map.of(
            "vlb.planner.url", standIns.url("planner"), "vlb.planner.name", "planner",
            "vlb.planner.concurrency", perRole,
            "vlb.judge.url", standIns.url("judge"), "vlb.judge.name", "judge", "vlb.judge.concurrency", perRole,
            "vlb.editor", "iopaint", "vlb.editor.url", standIns.url("iopaint"), "vlb.editor.concurrency", perRole,
            "vlb.cache.enabled", "false"))
        .configurationParameter("vlb.output.dir", output.toString())
        .configurationParameter("vlb.variants.dir", store.toString())
        .configurationParameter("vlb.summary.console", "false")
        .build();
    AtomicLong notGenerated = new AtomicLong();
    long start = System.nanoTime();
    LauncherFactory.create().execute(request, new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest() && result.getStatus() == TestExecutionResult.Status.ABORTED) {
          notGenerated.incrementAndGet();
        }
      }
    });
    return new Result(notGenerated.get(), (System.nanoTime() - start) / 1e9);
  }
}
