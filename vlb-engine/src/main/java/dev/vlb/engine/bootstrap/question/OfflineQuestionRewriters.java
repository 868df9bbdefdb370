package dev.vlb.engine.bootstrap.question;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.QuestionRewriter;
import dev.vlb.api.spi.Sample;
import java.util.List;
import org.apiguardian.api.API;

/** The embedded question rewriters: they work offline on any dataset's questions. */
@API(status = INTERNAL, since = "0.1")
public final class OfflineQuestionRewriters {

  private OfflineQuestionRewriters() {}

  /**
   * A rewriter for L1 (WordNet and curated synonyms), L2 (rule-based rephrasing) and L4 (sentences from a
   * shipped distractor corpus). L3 needs to know the image, so it is left to dataset-specific rewriters.
   */
  public static QuestionRewriter create() {
    return new FirstSupporting(List.of(new WordSubstitution(), new Rephrase(), new IrrelevantContext()));
  }

  /** Hands each strategy to the first rewriter that supports it. */
  private record FirstSupporting(List<QuestionRewriter> rewriters) implements QuestionRewriter {

    @Override
    public boolean supports(QuestionStrategy strategy, Sample sample) {
      return rewriters.stream().anyMatch(rewriter -> rewriter.supports(strategy, sample));
    }

    @Override
    public Sample rewrite(QuestionStrategy strategy, Sample sample, long seed) {
      return rewriters.stream()
          .filter(rewriter -> rewriter.supports(strategy, sample))
          .findFirst()
          .orElseThrow(() -> new CannotBootstrapException(
              strategy.code() + " " + strategy.label() + " is not supported offline (sample " + sample.id() + ")"))
          .rewrite(strategy, sample, seed);
    }
  }
}
