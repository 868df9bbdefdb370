package dev.vlb.engine.execution;

import dev.vlb.api.spi.Item;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.bootstrap.Generation;
import dev.vlb.engine.bootstrap.VariantGenerator;
import dev.vlb.engine.result.Cost;
import dev.vlb.engine.result.ItemFacts;
import dev.vlb.engine.result.Outcome;
import dev.vlb.engine.result.VariantResult;
import dev.vlb.engine.scoring.Score;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;

/**
 * Evaluates the variants of one item: build each chain's variant (memoised steps, judged), ask the
 * model about it, score the reply, and turn what happened into a typed result. A failure to build or
 * to ask is an {@link Outcome#ERROR} of that variant; only an unreadable item fails as a whole.
 */
final class VariantEvaluator {

  private final VariantGenerator generator;
  private final Answering answering;
  private final List<Chain> chains;

  /**
   * @param chains the suite's chains, in reporting order
   */
  VariantEvaluator(VariantGenerator generator, Answering answering, List<Chain> chains) {
    this.generator = generator;
    this.answering = answering;
    this.chains = List.copyOf(chains);
  }

  /**
   * Loads the item's image and builds its variants on the calling thread; the model is asked
   * asynchronously. Completes exceptionally only when the item cannot be read.
   */
  CompletableFuture<List<VariantResult>> evaluate(Item item, Predicate<Chain> selected) {
    try {
      VariantGenerator.ItemVariants variants = generator.forItem(item.toSample());
      ItemFacts facts = new ItemFacts(item.id(), item.category(), item.attributes(), item.answer());
      List<CompletableFuture<VariantResult>> results = chains.stream()
          .filter(selected)
          .map(chain -> evaluate(item, facts, variants, chain))
          .toList();
      return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new))
          .thenApply(done -> results.stream().map(CompletableFuture::join).toList());
    } catch (Exception | LinkageError e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private CompletableFuture<VariantResult> evaluate(Item item, ItemFacts facts, VariantGenerator.ItemVariants variants,
      Chain chain) {
    Unasked original = new Unasked(facts, chain, item.context(), item.question(), false);
    Generation generation;
    try {
      generation = variants.generate(chain);
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(original.error(0, List.of(), e));
    }
    if (generation instanceof Generation.NotGenerated notGenerated) {
      return CompletableFuture.completedFuture(new VariantResult(facts, chain, Outcome.NOT_GENERATED, item.context(),
          item.question(), "", Score.unscored(notGenerated.reason()), generation.attempts(), generation.verdicts(),
          false, Cost.NONE));
    }
    Generation.Generated generated = (Generation.Generated) generation;
    Sample variant = generated.sample();
    Unasked asked = new Unasked(facts, chain, variant.context(), variant.question(), generated.judged());
    try {
      return answering.ask(variant)
          .thenApply(answer -> new VariantResult(facts, chain, Outcome.of(answer.score()), variant.context(),
              variant.question(), answer.actual(), answer.score(), generation.attempts(), generation.verdicts(),
              generated.judged(), answer.cost()))
          .exceptionally(e -> asked.error(generation.attempts(), generation.verdicts(), unwrap(e)));
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(asked.error(generation.attempts(), generation.verdicts(), e));
    }
  }

  /** A variant's text before the model answered, from which an infrastructure error is reported. */
  private record Unasked(ItemFacts facts, Chain chain, String context, String question, boolean judged) {

    VariantResult error(int attempts, List<String> verdicts, Throwable e) {
      return new VariantResult(facts, chain, Outcome.ERROR, context, question, "", Score.unscored(describe(e)), attempts,
          verdicts, judged, Cost.NONE);
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
