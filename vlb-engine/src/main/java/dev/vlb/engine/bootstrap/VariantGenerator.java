package dev.vlb.engine.bootstrap;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.Strategy;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.Sample;
import dev.vlb.api.spi.Verdict;
import dev.vlb.engine.bootstrap.GenerationCounts.Fate;
import dev.vlb.engine.configuration.VariantReuse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Builds variants of one item step by step along a chain: each step is made by the first maker that
 * supports it and judged against the original; a rejected step is generated again with another seed, up
 * to {@code maxAttempts} times.
 *
 * <p>Generation never blocks a thread on a server: a planner, editor or judge reached over HTTP answers
 * a stage, and the next piece of work (an in-process edit, the next attempt) continues on the workers.
 * So a run's remote roles are kept as busy as their own concurrency limits allow. Steps are memoised per
 * item, so {@code V1+L4} is built on the very {@code V1} image that {@code V1} alone was asked about,
 * with one set of calls, also when both chains ask for it at once.
 */
@API(status = INTERNAL, since = "0.1")
public final class VariantGenerator {

  private final List<StepMaker> makers;
  private final StepJudges judges;
  private final int maxAttempts;
  private final long seed;
  private final Executor workers;
  private final String unsupported;
  private final Optional<KeptVariants> kept;
  private final GenerationCounts counts = new GenerationCounts();

  /**
   * @param makers tried in order; the first that supports a step makes it
   * @param workers where in-process work runs (edits, rewrites, judges in the JVM), never a server's
   *     callback thread
   * @param unsupported what to do about a step no maker supports, added to the reason it was not
   *     generated (e.g. which key configures a planner); empty when there is nothing to say
   */
  public VariantGenerator(List<StepMaker> makers, StepJudges judges, int maxAttempts, long seed, Executor workers,
      String unsupported) {
    this(makers, judges, maxAttempts, seed, workers, unsupported, Optional.empty());
  }

  private VariantGenerator(List<StepMaker> makers, StepJudges judges, int maxAttempts, long seed, Executor workers,
      String unsupported, Optional<KeptVariants> kept) {
    this.makers = List.copyOf(makers);
    this.judges = judges;
    this.maxAttempts = maxAttempts;
    this.seed = seed;
    this.workers = workers;
    this.unsupported = unsupported;
    this.kept = kept;
  }

  /** This generator in front of kept variants: what is kept is not generated again, as their mode says. */
  public VariantGenerator keptIn(KeptVariants variants) {
    return new VariantGenerator(makers, judges, maxAttempts, seed, workers, unsupported, Optional.of(variants));
  }

  /**
   * What decides the variants this generator makes, beside the item and the chain: its makers, judges,
   * attempts and seed. Variants are kept under it, so a change gives new variants, never old ones.
   */
  public SortedMap<String, String> fingerprint() {
    SortedMap<String, String> fingerprint = new TreeMap<>();
    fingerprint.put("makers", makers.stream().map(StepMaker::name).collect(Collectors.joining(" | ")));
    fingerprint.put("judge", judges.name());
    fingerprint.put("max-attempts", Integer.toString(maxAttempts));
    fingerprint.put("seed", Long.toString(seed));
    return fingerprint;
  }

  /** The judges' name as recorded with results, or {@code none}. */
  public String judgeName() {
    return judges.name();
  }

  /** Attempts so far by strategy and fate, each generation counted once. */
  public GenerationCounts counts() {
    return counts;
  }

  /** A generator for one item's variants; safe to use from several threads. */
  public ItemVariants forItem(Sample original, String category) {
    return new ItemVariants(original, kept.map(variants -> variants.forItem(original, category)));
  }

  /** The variants of one item, memoised by chain. */
  @API(status = INTERNAL, since = "0.1")
  public final class ItemVariants {

    private final Sample original;
    private final Optional<KeptVariants.Item> keptItem;
    /** The variants to ask about: kept ones where there are, else generated (and then kept). */
    private final Map<Chain, CompletableFuture<Generation>> started = new ConcurrentHashMap<>();
    /** Variants generated in this run, with whatever ground truth the dataset's steps attach. */
    private final Map<Chain, CompletableFuture<Generation>> made = new ConcurrentHashMap<>();

    private ItemVariants(Sample original, Optional<KeptVariants.Item> keptItem) {
      this.original = original;
      this.keptItem = keptItem;
    }

    /**
     * The chain's variant, or why there is none; fails only when a server or a maker failed (an
     * infrastructure error), and then so does every chain built on that step.
     */
    public CompletableFuture<Generation> generate(Chain chain) {
      if (keptItem.isEmpty()) {
        return made(chain);
      }
      KeptVariants.Item item = keptItem.get();
      if (chain.isVanilla()) {
        // the original always comes from the dataset; it is kept so that an exported set holds it too
        return once(started, chain, () -> made(chain).thenApplyAsync(original -> {
          if (kept.get().mode() != VariantReuse.FROZEN) {
            item.keep(chain, original);
          }
          return original;
        }, workers));
      }
      return once(started, chain, () -> CompletableFuture
          .supplyAsync(() -> kept.get().mode() == VariantReuse.REGENERATE ? Optional.<Generation>empty() : item.find(chain), workers)
          .thenCompose(found -> {
            if (found.isPresent()) {
              counts.countReused();
              return CompletableFuture.completedFuture(found.get());
            }
            if (kept.get().mode() == VariantReuse.FROZEN) {
              return CompletableFuture.completedFuture(notInTheFrozenSet());
            }
            return made(chain).thenApply(generation -> {
              item.keep(chain, generation);
              return generation;
            });
          }));
    }

    /** The key the chain's variant is kept under; empty when variants are not kept. */
    public Optional<String> key(Chain chain) {
      return keptItem.map(item -> item.key(chain));
    }

    /**
     * The chain's variant generated in this run. Kept variants carry no ground truth (a scene graph), so
     * a step is built on a kept parent only when the original has none to lose either.
     */
    private CompletableFuture<Generation> made(Chain chain) {
      return once(made, chain, () -> {
        if (chain.isVanilla()) {
          return CompletableFuture.completedFuture(new Generation.Generated(original, 0, List.of(), true, List.of()));
        }
        CompletableFuture<Generation> parent = original.scene() == null ? generate(chain.parent()) : made(chain.parent());
        return parent.thenComposeAsync(base -> extend(chain, base), workers);
      });
    }

    private Generation notInTheFrozenSet() {
      String reason = "not in the frozen set: vlb.variants=frozen generates nothing";
      return new Generation.NotGenerated(reason, 0, List.of(reason));
    }

    private CompletionStage<Generation> extend(Chain chain, Generation base) {
      if (base instanceof Generation.NotGenerated) {
        return CompletableFuture.completedFuture(base);
      }
      Generation.Generated parent = (Generation.Generated) base;
      Strategy step = chain.last();
      Optional<StepMaker> maker = makers.stream().filter(candidate -> candidate.supports(step, parent.sample())).findFirst();
      if (maker.isEmpty()) {
        String reason = "no editor or rewriter for " + step.code() + " " + step.label() + " on this dataset"
            + (unsupported.isEmpty() ? "" : "; " + unsupported);
        List<String> verdicts = new ArrayList<>(parent.verdicts());
        verdicts.add(reason);
        return CompletableFuture.completedFuture(new Generation.NotGenerated(reason, parent.attempts(), verdicts));
      }
      return new Attempts(chain, parent, maker.get()).from(1);
    }

    /**
     * The attempts at one step, one after the other. Each runs once the one before it finished, so their
     * verdicts can be kept in a plain list.
     */
    private final class Attempts {

      private final Chain chain;
      private final Generation.Generated parent;
      private final StepMaker maker;
      private final Strategy step;
      private final List<String> verdicts;

      Attempts(Chain chain, Generation.Generated parent, StepMaker maker) {
        this.chain = chain;
        this.parent = parent;
        this.maker = maker;
        this.step = chain.last();
        this.verdicts = new ArrayList<>(parent.verdicts());
      }

      CompletionStage<Generation> from(int attempt) {
        if (attempt > maxAttempts) {
          return CompletableFuture.completedFuture(new Generation.NotGenerated(
              step.code() + " rejected " + maxAttempts + " times; last: " + verdicts.get(verdicts.size() - 1),
              parent.attempts() + maxAttempts, verdicts));
        }
        long stepSeed = Seeds.mix(seed, original.id().hashCode(), chain.id().hashCode(), attempt);
        return stage(() -> maker.make(step, parent.sample(), stepSeed))
            .handleAsync((made, failure) -> failure == null ? judge(made, attempt) : notMade(failure, attempt), workers)
            .thenCompose(Function.identity());
      }

      private CompletionStage<Generation> judge(StepMaker.Made made, int attempt) {
        if (!judges.judges(step)) {
          verdicts.add(prefix(attempt) + "accepted without judge (none configured)");
          counts.count(step, Fate.UNJUDGED);
          return CompletableFuture.completedFuture(generated(made, attempt, false));
        }
        return stage(() -> judges.judge(step, original, parent.sample(), made.sample()))
            .handleAsync((verdict, failure) -> failure == null ? judged(made, attempt, verdict) : failed(failure), workers)
            .thenCompose(Function.identity());
      }

      private CompletionStage<Generation> judged(StepMaker.Made made, int attempt, Verdict verdict) {
        verdicts.add(prefix(attempt) + (verdict.accepted() ? "accepted: " : "rejected: ") + verdict.reason());
        counts.count(step, verdict.accepted() ? Fate.ACCEPTED : Fate.REJECTED);
        return verdict.accepted()
            ? CompletableFuture.completedFuture(generated(made, attempt, parent.judged()))
            : from(attempt + 1);
      }

      private CompletionStage<Generation> notMade(Throwable failure, int attempt) {
        Throwable cause = unwrap(failure);
        if (!(cause instanceof CannotBootstrapException)) {
          return failed(cause);
        }
        verdicts.add(prefix(attempt) + "cannot bootstrap: " + cause.getMessage());
        counts.count(step, Fate.NOT_MADE);
        return from(attempt + 1);
      }

      private CompletionStage<Generation> failed(Throwable failure) {
        counts.count(step, Fate.FAILED);
        return CompletableFuture.failedFuture(unwrap(failure));
      }

      private Generation.Generated generated(StepMaker.Made made, int attempt, boolean judged) {
        List<Generation.Step> steps = new ArrayList<>(parent.steps());
        steps.add(new Generation.Step(step, attempt, maker.name(), made.plan(), made.edit()));
        return new Generation.Generated(made.sample(), parent.attempts() + attempt, verdicts, judged, steps);
      }

      private String prefix(int attempt) {
        return step.code() + " attempt " + attempt + ": ";
      }
    }
  }

  /**
   * The future of {@code chain} in {@code futures}, started by {@code start} on the first request only,
   * also when two threads ask at once.
   */
  private static CompletableFuture<Generation> once(Map<Chain, CompletableFuture<Generation>> futures, Chain chain,
      Supplier<CompletableFuture<Generation>> start) {
    CompletableFuture<Generation> known = futures.get(chain);
    if (known != null) {
      return known;
    }
    CompletableFuture<Generation> mine = new CompletableFuture<>();
    known = futures.putIfAbsent(chain, mine);
    if (known != null) {
      return known;
    }
    stage(start::get).whenComplete((generation, failure) -> {
      if (failure != null) {
        mine.completeExceptionally(unwrap(failure));
      } else {
        mine.complete(generation);
      }
    });
    return mine;
  }

  /** What a maker or judge returns, or the stage failed with what it threw instead of returning. */
  private static <T> CompletionStage<T> stage(Supplier<CompletionStage<T>> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
  }
}
