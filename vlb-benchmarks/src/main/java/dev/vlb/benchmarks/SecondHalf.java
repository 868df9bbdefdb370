package dev.vlb.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The second half of a run, once the JIT has compiled the hot paths: a fresh JVM spends much of a short
 * run's CPU compiling, which a run of hours does not. Samples the process's CPU and the calls answered
 * every {@value #PERIOD_MILLIS} ms.
 */
final class SecondHalf implements AutoCloseable {

  private static final long PERIOD_MILLIS = 250;

  private record Sample(long nanos, long cpuNanos, long calls) {}

  private final List<Sample> samples = new ArrayList<>();
  private final LongSupplier calls;
  private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "bench-sampler");
    thread.setDaemon(true);
    return thread;
  });

  private SecondHalf(LongSupplier calls) {
    this.calls = calls;
  }

  /** @param calls the calls the server has answered so far */
  static SecondHalf start(LongSupplier calls) {
    SecondHalf half = new SecondHalf(calls);
    half.sampler.scheduleAtFixedRate(half::sample, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    return half;
  }

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

  /** From the first sample past the run's middle to now; empty for a run too short to have one. */
  Optional<Figures> finish() {
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
    Sample sample = new Sample(System.nanoTime(), ProcessProbe.cpuNanos(), calls.getAsLong());
    synchronized (samples) {
      samples.add(sample);
    }
  }
}
