package dev.vlb.engine.bootstrap.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.QuestionRewriter;
import dev.vlb.api.spi.Sample;
import org.junit.jupiter.api.Test;

class OfflineQuestionRewritersTests {

  private final QuestionRewriter rewriter = OfflineQuestionRewriters.create();
  private final Sample sample = Samples.yesNo("Is there a red circle in the image?");

  @Test
  void supportsWordSubstitutionRephraseAndIrrelevantContext() {
    assertThat(QuestionStrategy.values())
        .filteredOn(strategy -> rewriter.supports(strategy, sample))
        .containsExactly(QuestionStrategy.WORD_SUBSTITUTION, QuestionStrategy.REPHRASE,
            QuestionStrategy.IRRELEVANT_CONTEXT);
  }

  @Test
  void leavesRelevantContextToRewritersThatKnowTheImage() {
    assertThatThrownBy(() -> rewriter.rewrite(QuestionStrategy.RELEVANT_CONTEXT, sample, 0))
        .isInstanceOf(CannotBootstrapException.class)
        .hasMessage("L3 relevant context is not supported offline (sample syn-0001)");
  }

  @Test
  void rewritesTheQuestionForL1AndL2AndTheContextForL4() {
    assertThat(rewriter.rewrite(QuestionStrategy.WORD_SUBSTITUTION, sample, 0).question())
        .isEqualTo("Is there a red disk in the image?");
    assertThat(rewriter.rewrite(QuestionStrategy.REPHRASE, sample, 0).question())
        .isEqualTo("Can a red circle be seen in the image?");
    Sample withContext = rewriter.rewrite(QuestionStrategy.IRRELEVANT_CONTEXT, sample, 0);
    assertThat(withContext.question()).isEqualTo(sample.question());
    assertThat(withContext.context()).isNotEmpty();
  }
}
