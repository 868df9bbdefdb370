package dev.vlb.engine.execution;

import dev.vlb.api.spi.Item;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.bootstrap.Generation;
import dev.vlb.engine.bootstrap.VariantGenerator;
import dev.vlb.engine.contamination.check.ContaminationCheck;
import dev.vlb.engine.result.Cost;
import dev.vlb.engine.result.Exhibits;
import dev.vlb.engine.result.ItemFacts;
import dev.vlb.engine.result.Outcome;
import dev.vlb.engine.result.Provenance;
import dev.vlb.engine.result.VariantResult;
import dev.vlb.engine.scoring.Score;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;

/**
 * Evaluates the variants of one item: build each chain's variant (memoised steps, judged), ask the
 * model about it, score the reply, and turn what happened into a typed result. A failure to build or
 * to ask is an {@link Outcome#ERROR} of that variant; only an unreadable item fails as a whole.
 */
final class VariantEvaluator {

  /** The result a killed run recorded for a variant, when it can stand for this run's. */
  interface Resumed {
    Optional<VariantResult> of(ItemFacts item, Chain chain, Optional<String> variantKey);

    Resumed NOTHING = (item, chain, variantKey) -> Optional.empty();
  }

  private final VariantGenerator generator;
  private final Answering answering;
  private final List<Chain> chains;
  private final Resumed resumed;
  private final Optional<ContaminationCheck> contamination;

  VariantEvaluator(VariantGenerator generator, Answering answering, List<Chain> chains) {
    this(generator, answering, chains, Resumed.NOTHING, Optional.empty());
  }

  /**
   * @param chains the suite's chains, in reporting order
   * @param resumed what a killed run already recorded: taken as it is, neither generated nor asked again
   * @param contamination checks every image shown, while the model is asked about it
   */
  VariantEvaluator(VariantGenerator generator, Answering answering, List<Chain> chains, Resumed resumed,
      Optional<ContaminationCheck> contamination) {
    this.resumed = resumed;
    this.contamination = contamination;
    this.generator = generator;
    this.answering = answering;
    this.chains = List.copyOf(chains);
  }

  /**
   * Loads the item's image on the calling thread; its variants are built and the model asked about them
   * asynchronously. Completes exceptionally only when the item cannot be read.
   */
  CompletableFuture<List<VariantResult>> evaluate(Item item, Predicate<Chain> selected) {
    try {
      Sample sample = item.toSample();
      VariantGenerator.ItemVariants variants = generator.forItem(sample, item.category());
      ItemFacts facts = new ItemFacts(item.id(), item.category(), item.attributes(), item.answer());
      ImageDigests digests = new ImageDigests();
      Exhibits original = Exhibits.of(sample, digests.of(sample.image()));
      List<CompletableFuture<VariantResult>> results = chains.stream()
          .filter(selected)
          .map(chain -> evaluate(item, facts, variants, chain, digests, original))
          .toList();
      return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new))
          .thenApply(done -> results.stream().map(CompletableFuture::join).toList());
    } catch (Exception | LinkageError e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private CompletableFuture<VariantResult> evaluate(Item item, ItemFacts facts, VariantGenerator.ItemVariants variants,
      Chain chain, ImageDigests digests, Exhibits exhibits) {
    Optional<VariantResult> recorded = resumed.of(facts, chain, variants.key(chain));
    if (recorded.isPresent()) {
      generator.counts().countResumed();
      return CompletableFuture.completedFuture(recorded.get());
    }
    Unasked original = new Unasked(facts, chain, item.context(), item.question(), Provenance.NONE, exhibits);
    return variants.generate(chain)
        .thenCompose(generation -> generation instanceof Generation.Generated generated
            ? ask(facts, chain, generated, digests, variants.key(chain), exhibits)
            : CompletableFuture.completedFuture(
                notGenerated(item, facts, chain, (Generation.NotGenerated) generation, variants.key(chain), exhibits)))
        .exceptionally(e -> original.error(unwrap(e)));
  }

  private static VariantResult notGenerated(Item item, ItemFacts facts, Chain chain, Generation.NotGenerated generation,
      Optional<String> key, Exhibits exhibits) {
    return new VariantResult(facts, chain, Outcome.NOT_GENERATED, item.context(), item.question(), "",
        Score.unscored(generation.reason()), Provenance.of(generation, key), Cost.NONE, exhibits);
  }

  private CompletableFuture<VariantResult> ask(ItemFacts facts, Chain chain, Generation.Generated generated,
      ImageDigests digests, Optional<String> key, Exhibits original) {
    Sample variant = generated.sample();
    String imageSha256 = digests.of(variant.image());
    Provenance provenance = Provenance.of(generated, imageSha256, key);
    Exhibits exhibits = original.shown(variant.image());
    Unasked asked = new Unasked(facts, chain, variant.context(), variant.question(), provenance, exhibits);
    CompletableFuture<VariantResult> answered;
    try {
      answered = answering.ask(variant)
          .thenApply(answer -> new VariantResult(facts, chain, Outcome.of(answer.score()), variant.context(),
              variant.question(), answer.actual(), answer.score(), provenance, answer.cost(), exhibits))
          .exceptionally(e -> asked.error(unwrap(e)));
    } catch (RuntimeException e) {
      answered = CompletableFuture.completedFuture(asked.error(e));
    }
    return contamination.isEmpty()
        ? answered
        : answered.thenCombine(contamination.get().check(variant, imageSha256), VariantResult::with);
  }

  /** A variant's text before the model answered, from which an infrastructure error is reported. */
  private record Unasked(ItemFacts facts, Chain chain, String context, String question, Provenance provenance,
      Exhibits exhibits) {

    VariantResult error(Throwable e) {
      return new VariantResult(facts, chain, Outcome.ERROR, context, question, "", Score.unscored(describe(e)),
          provenance, Cost.NONE, exhibits);
    }
  }

  private static Throwable unwrap(Throwable e) {
    return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
