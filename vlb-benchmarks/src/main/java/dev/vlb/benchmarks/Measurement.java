package dev.vlb.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;

/**
 * One end-to-end run against {@link FakeOpenAiServer}, in the figures the README and the release notes
 * quote. The ideal is what the server could answer: {@code concurrency / mean latency} calls per second.
 *
 * @param via how the suite ran: Surefire or the Launcher
 * @param discoverySeconds from the session's start to the first test's (discovery and item set-up)
 * @param variants variants that reached a verdict (not the ones never generated or aborted)
 * @param secondHalf the run's second half, JIT warm-up mostly behind it
 */
record Measurement(String via, int concurrency, FakeOpenAiServer.Behaviour behaviour, double discoverySeconds,
    long variants, ServerStatistics server, ProcessProbe.Cost cost, RunSampler.Heap heap,
    Optional<RunSampler.Figures> secondHalf) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double MIB = 1024.0 * 1024.0;

  double idealRate() {
    return concurrency * 1e9 / behaviour.latency().toNanos();
  }

  double ratio() {
    return server.rate() / idealRate();
  }

  double cpuMillisPerVariant() {
    return variants == 0 ? 0 : cost.cpuSeconds() * 1000 / variants;
  }

  double cpuMillisPerCall() {
    return server.calls() == 0 ? 0 : cost.cpuSeconds() * 1000 / server.calls();
  }

  /** Calls per second this machine's cores could drive if the framework's CPU were the only bound. */
  double cpuBoundRate() {
    double perCall = cpuMillisPerCall();
    return perCall == 0 ? 0 : Runtime.getRuntime().availableProcessors() * 1000 / perCall;
  }

  String describe() {
    return String.format(Locale.ROOT, """
        [bench] %s, concurrency %d, server %s
        [bench] discovery %.2f s; %d variants; %d calls (%d answered 503) in %.2f s = %.0f calls/s;\
         ideal %.0f calls/s; ratio %.3f
        [bench] framework CPU %.2f s (JIT %.2f s, GC %.2f s) = %.3f ms per variant, %.3f ms per call\
         (%d cores could drive %.0f calls/s); heap at most %.0f MiB in use, %.0f MiB\
         after a collection, of %.0f MiB max; peak RSS %s
        [bench] second half: %s""",
        via, concurrency, behaviour, discoverySeconds, variants, server.calls(), server.errors(), server.seconds(),
        server.rate(), idealRate(), ratio(), cost.cpuSeconds(), cost.jitSeconds(), cost.gcSeconds(),
        cpuMillisPerVariant(), cpuMillisPerCall(),
        Runtime.getRuntime().availableProcessors(), cpuBoundRate(), heap.heapUsed() / MIB, heap.heapAfterCollection() / MIB, cost.maxHeapBytes() / MIB,
        cost.peakRssBytes().map(bytes -> String.format(Locale.ROOT, "%.0f MiB", bytes / MIB)).orElse("unknown"),
        secondHalf.map(half -> String.format(Locale.ROOT, "%d calls in %.2f s = %.0f calls/s, ratio %.3f; framework CPU %.3f ms per call",
            half.calls(), half.seconds(), half.rate(), half.rate() / idealRate(), half.cpuMillisPerCall())).orElse("too short to tell"));
  }

  String json() {
    ObjectNode node = JSON.createObjectNode()
        .put("via", via)
        .put("concurrency", concurrency)
        .put("latencyMs", behaviour.latency().toMillis())
        .put("jitterMs", behaviour.jitter().toMillis())
        .put("errorRate", behaviour.errorRate())
        .put("discoverySeconds", discoverySeconds)
        .put("variants", variants)
        .put("calls", server.calls())
        .put("errors", server.errors())
        .put("callSeconds", server.seconds())
        .put("callsPerSecond", server.rate())
        .put("idealCallsPerSecond", idealRate())
        .put("ratio", ratio())
        .put("cpuSeconds", cost.cpuSeconds())
        .put("jitSeconds", cost.jitSeconds())
        .put("gcSeconds", cost.gcSeconds())
        .put("cpuMsPerVariant", cpuMillisPerVariant())
        .put("cpuMsPerCall", cpuMillisPerCall())
        .put("peakHeapBytes", heap.heapUsed())
        .put("peakHeapAfterCollectionBytes", heap.heapAfterCollection())
        .put("maxHeapBytes", cost.maxHeapBytes());
    cost.peakRssBytes().ifPresent(bytes -> node.put("peakRssBytes", bytes));
    secondHalf.ifPresent(half -> node.putObject("secondHalf")
        .put("calls", half.calls())
        .put("seconds", half.seconds())
        .put("callsPerSecond", half.rate())
        .put("ratio", half.rate() / idealRate())
        .put("cpuMsPerCall", half.cpuMillisPerCall()));
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
