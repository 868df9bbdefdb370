package dev.vlb.engine.bootstrap;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.Strategy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.apiguardian.api.API;

/**
 * What generating a suite's variants took, per strategy: every attempt made counts once, also when
 * several chains share the step ({@code V1} under {@code V1+L4}), so these are the calls a planner,
 * editor and judge really served.
 */
@API(status = INTERNAL, since = "0.1")
public final class GenerationCounts {

  /** The fates of one attempt. */
  @API(status = INTERNAL, since = "0.1")
  public enum Fate {
    /** A judge accepted it. */
    ACCEPTED,
    /** Accepted with no judge to ask. */
    UNJUDGED,
    /** A judge rejected it. */
    REJECTED,
    /** The editor or rewriter could not make it for this sample. */
    NOT_MADE,
    /** A server or the maker failed: an infrastructure error. */
    FAILED
  }

  /** One strategy's attempts by fate. */
  @API(status = INTERNAL, since = "0.1")
  public record Counts(int accepted, int unjudged, int rejected, int notMade, int failed) {

    public int attempts() {
      return accepted + unjudged + rejected + notMade + failed;
    }
  }

  private final Map<Strategy, AtomicIntegerArray> byStrategy = new ConcurrentHashMap<>();
  private final AtomicInteger reused = new AtomicInteger();
  private final AtomicInteger resumed = new AtomicInteger();

  /** Counts a variant a killed run's journal already held: neither generated nor asked again. */
  public void countResumed() {
    resumed.incrementAndGet();
  }

  /** Variants taken from a killed run's journal. */
  public int resumed() {
    return resumed.get();
  }

  void countReused() {
    reused.incrementAndGet();
  }

  /** Variants taken from the kept ones instead of being generated. */
  public int reused() {
    return reused.get();
  }

  void count(Strategy strategy, Fate fate) {
    byStrategy.computeIfAbsent(strategy, any -> new AtomicIntegerArray(Fate.values().length))
        .incrementAndGet(fate.ordinal());
  }

  /** The counts so far, by strategy. */
  public Map<Strategy, Counts> snapshot() {
    Map<Strategy, Counts> snapshot = new HashMap<>();
    byStrategy.forEach((strategy, fates) -> snapshot.put(strategy, counts(fates)));
    return snapshot;
  }

  private static Counts counts(AtomicIntegerArray fates) {
    return new Counts(fates.get(0), fates.get(1), fates.get(2), fates.get(3), fates.get(4));
  }
}
