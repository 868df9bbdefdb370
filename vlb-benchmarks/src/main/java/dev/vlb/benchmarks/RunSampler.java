package dev.vlb.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Samples a run every {@value #PERIOD_MILLIS} ms: the process's CPU, the calls answered and the heap.
 * From them, the run's second half, once the JIT has compiled the hot paths (a fresh JVM spends much of
 * a short run's CPU compiling, which a run of hours does not), and the heap's peaks: the most in use at
 * any sample, and the most left after a collection, which is what the run needs.
 */
final class RunSampler implements AutoCloseable {

  private static final long PERIOD_MILLIS = 250;

  private record Sample(long nanos, long cpuNanos, long calls) {}

  private final AtomicLong peakHeapUsed = new AtomicLong();
  private final AtomicLong peakAfterCollection = new AtomicLong();

  private final List<Sample> samples = new ArrayList<>();
  private final LongSupplier calls;
  private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "bench-sampler");
    thread.setDaemon(true);
    return thread;
  });

  private RunSampler(LongSupplier calls) {
    this.calls = calls;
  }

  /** @param calls the calls the server has answered so far */
  static RunSampler start(LongSupplier calls) {
    RunSampler sampler = new RunSampler(calls);
    sampler.sampler.scheduleAtFixedRate(sampler::sample, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    return sampler;
  }

  /**
   * @param heapUsed the most heap in use at a sample, garbage included
   * @param heapAfterCollection the most heap left in use after a collection: the live set's peak
   */
  record Heap(long heapUsed, long heapAfterCollection) {}

  /**
   * @param seconds the second half's length
   * @param calls calls answered in it
   * @param cpuSeconds the process's CPU in it
   */
  record Figures(double seconds, long calls, double cpuSeconds) {

    double rate() {
      return calls / seconds;
    }

    double cpuMillisPerCall() {
      return calls == 0 ? 0 : cpuSeconds * 1000 / calls;
    }
  }

  Heap heap() {
    return new Heap(peakHeapUsed.get(), peakAfterCollection.get());
  }

  /** From the first sample past the run's middle to now; empty for a run too short to have one. */
  Optional<Figures> secondHalf() {
    sampler.shutdownNow();
    Sample end = new Sample(System.nanoTime(), ProcessProbe.cpuNanos(), calls.getAsLong());
    synchronized (samples) {
      if (samples.isEmpty()) {
        return Optional.empty();
      }
      long middle = samples.get(0).nanos() + (end.nanos() - samples.get(0).nanos()) / 2;
      return samples.stream().filter(sample -> sample.nanos() >= middle).findFirst()
          .filter(from -> end.calls() > from.calls())
          .map(from -> new Figures((end.nanos() - from.nanos()) / 1e9, end.calls() - from.calls(),
              (end.cpuNanos() - from.cpuNanos()) / 1e9));
    }
  }

  @Override
  public void close() {
    sampler.shutdownNow();
  }

  private void sample() {
    peakHeapUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
    long afterCollection = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
        .mapToLong(pool -> pool.getCollectionUsage().getUsed())
        .sum();
    peakAfterCollection.accumulateAndGet(afterCollection, Math::max);
    Sample sample = new Sample(System.nanoTime(), ProcessProbe.cpuNanos(), calls.getAsLong());
    synchronized (samples) {
      samples.add(sample);
    }
  }
}
