package dev.vlb.engine.bootstrap;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.ImageStrategy;
import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.Strategy;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.ImageEditor;
import dev.vlb.api.spi.QuestionRewriter;
import dev.vlb.api.spi.Sample;
import dev.vlb.api.spi.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Builds variants of one item step by step along a chain: each step is applied by the first editor or
 * rewriter that supports it and judged against the original; a rejected step is generated again with
 * another seed, up to {@code maxAttempts} times. Steps are memoised per item, so {@code V1+L4} is
 * built on the very {@code V1} image that {@code V1} alone was asked about.
 */
@API(status = INTERNAL, since = "0.1")
public final class VariantGenerator {

  private final List<ImageEditor> editors;
  private final List<QuestionRewriter> rewriters;
  private final StepJudges judges;
  private final int maxAttempts;
  private final long seed;

  public VariantGenerator(
      List<ImageEditor> editors, List<QuestionRewriter> rewriters, StepJudges judges, int maxAttempts, long seed) {
    this.editors = List.copyOf(editors);
    this.rewriters = List.copyOf(rewriters);
    this.judges = judges;
    this.maxAttempts = maxAttempts;
    this.seed = seed;
  }

  /** The judges' name as recorded with results, or {@code none}. */
  public String judgeName() {
    return judges.name();
  }

  /** A generator for one item; not thread-safe, use it from one thread at a time. */
  public ItemVariants forItem(Sample original) {
    return new ItemVariants(original);
  }

  /** The variants of one item, memoised by chain. */
  @API(status = INTERNAL, since = "0.1")
  public final class ItemVariants {

    private final Sample original;
    private final Map<Chain, Generation> done = new HashMap<>();

    private ItemVariants(Sample original) {
      this.original = original;
    }

    public Generation generate(Chain chain) {
      Generation cached = done.get(chain);
      if (cached != null) {
        return cached;
      }
      Generation result = chain.isVanilla() ? new Generation.Generated(original, 0, List.of(), true) : extend(chain);
      done.put(chain, result);
      return result;
    }

    private Generation extend(Chain chain) {
      Generation base = generate(chain.parent());
      if (base instanceof Generation.NotGenerated) {
        return base;
      }
      Generation.Generated parent = (Generation.Generated) base;
      Strategy step = chain.last();
      List<String> verdicts = new ArrayList<>(parent.verdicts());
      if (!supported(step, parent.sample())) {
        String reason = "no editor or rewriter for " + step.code() + " " + step.label() + " on this dataset";
        verdicts.add(reason);
        return new Generation.NotGenerated(reason, parent.attempts(), verdicts);
      }
      for (int attempt = 1; attempt <= maxAttempts; attempt++) {
        long stepSeed = Seeds.mix(seed, original.id().hashCode(), chain.id().hashCode(), attempt);
        Optional<Sample> candidate = attempt(step, parent.sample(), stepSeed, attempt, verdicts);
        if (candidate.isPresent()) {
          return new Generation.Generated(candidate.get(), parent.attempts() + attempt, verdicts,
              parent.judged() && judges.judges(step));
        }
      }
      return new Generation.NotGenerated(
          step.code() + " rejected " + maxAttempts + " times; last: " + verdicts.get(verdicts.size() - 1),
          parent.attempts() + maxAttempts,
          verdicts);
    }

    private Optional<Sample> attempt(Strategy step, Sample input, long stepSeed, int attempt, List<String> verdicts) {
      String prefix = step.code() + " attempt " + attempt + ": ";
      Sample candidate;
      try {
        candidate = make(step, input, stepSeed);
      } catch (CannotBootstrapException e) {
        verdicts.add(prefix + "cannot bootstrap: " + e.getMessage());
        return Optional.empty();
      }
      if (!judges.judges(step)) {
        verdicts.add(prefix + "accepted without judge (none configured)");
        return Optional.of(candidate);
      }
      Verdict verdict = judges.judge(step, original, input, candidate);
      verdicts.add(prefix + (verdict.accepted() ? "accepted: " : "rejected: ") + verdict.reason());
      return verdict.accepted() ? Optional.of(candidate) : Optional.empty();
    }
  }

  private boolean supported(Strategy step, Sample input) {
    return step instanceof ImageStrategy image
        ? editors.stream().anyMatch(editor -> editor.supports(image, input))
        : rewriters.stream().anyMatch(rewriter -> rewriter.supports((QuestionStrategy) step, input));
  }

  private Sample make(Strategy step, Sample input, long stepSeed) {
    if (step instanceof ImageStrategy image) {
      return editors.stream().filter(editor -> editor.supports(image, input)).findFirst().orElseThrow()
          .edit(image, input, stepSeed);
    }
    QuestionStrategy question = (QuestionStrategy) step;
    return rewriters.stream().filter(rewriter -> rewriter.supports(question, input)).findFirst().orElseThrow()
        .rewrite(question, input, stepSeed);
  }
}
