package dev.vlb.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * This JVM's own cost over a stretch of a run: wall and CPU time, the JIT's and the collectors' time
 * and, on Linux, the process's peak resident set. (The heap is {@link RunSampler}'s.)
 */
final class ProcessProbe {

  private static final Path STATUS = Path.of("/proc/self/status");

  private final long startNanos = System.nanoTime();
  private final long startCpuNanos = cpuNanos();
  private final long startJitMillis = jitMillis();
  private final long startGcMillis = gcMillis();

  private ProcessProbe() {}

  static ProcessProbe start() {
    return new ProcessProbe();
  }

  double seconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /**
   * @param cpuSeconds process CPU over the stretch, all threads (JIT and GC included)
   * @param jitSeconds the JIT compilers' time over the stretch: a fresh JVM's warm-up, which a longer run
   *     spreads over more calls
   * @param gcSeconds the collectors' time over the stretch
   * @param maxHeapBytes the heap's limit ({@code -Xmx} or the JVM's default)
   * @param peakRssBytes the process's peak resident set since it started ({@code VmHWM}), empty off Linux
   */
  record Cost(double seconds, double cpuSeconds, double jitSeconds, double gcSeconds, long maxHeapBytes, Optional<Long> peakRssBytes) {}

  Cost finish() {
    return new Cost(seconds(), (cpuNanos() - startCpuNanos) / 1e9,
        (jitMillis() - startJitMillis) / 1e3, (gcMillis() - startGcMillis) / 1e3,
        Runtime.getRuntime().maxMemory(), peakRss());
  }

  static long cpuNanos() {
    return ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getProcessCpuTime();
  }

  private static long jitMillis() {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
  }

  private static Optional<Long> peakRss() {
    try {
      return Files.readAllLines(STATUS).stream()
          .filter(line -> line.startsWith("VmHWM:"))
          .map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
          .findFirst();
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
