package dev.vlb.engine.execution;

import static dev.vlb.api.ImageStrategy.ADD_OBJECT;
import static dev.vlb.api.QuestionStrategy.IRRELEVANT_CONTEXT;
import static dev.vlb.api.QuestionStrategy.WORD_SUBSTITUTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.ImageStrategy;
import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.spi.DatasetException;
import dev.vlb.api.spi.ImageEditor;
import dev.vlb.api.spi.Judge;
import dev.vlb.api.spi.ModelQuery;
import dev.vlb.api.spi.ModelReply;
import dev.vlb.api.spi.QuestionRewriter;
import dev.vlb.api.spi.Sample;
import dev.vlb.api.spi.Verdict;
import dev.vlb.api.spi.VisionLanguageModel;
import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.bootstrap.StepJudges;
import dev.vlb.engine.bootstrap.StepMaker;
import dev.vlb.engine.bootstrap.VariantGenerator;
import dev.vlb.engine.result.Outcome;
import dev.vlb.engine.result.VariantResult;
import dev.vlb.engine.scoring.Scorers;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VariantEvaluatorTests {

  private static final Chain VANILLA = Chain.vanilla();
  private static final Chain V1 = Chain.of(ADD_OBJECT);
  private static final Chain L1 = Chain.of(WORD_SUBSTITUTION);
  private static final Chain L4 = Chain.of(IRRELEVANT_CONTEXT);
  private static final Chain V1_L4 = Chain.of(ADD_OBJECT, IRRELEVANT_CONTEXT);

  /** Answers "Yes", except "No" to a reworded question; fails on an added distractor sentence. */
  private final VisionLanguageModel model = new VisionLanguageModel() {
    @Override
    public String name() {
      return "stub";
    }

    @Override
    public CompletionStage<ModelReply> ask(ModelQuery query) {
      if (query.prompt().contains("Bananas")) {
        return CompletableFuture.failedFuture(new IOException("HTTP 503 from http://gpu-1:8000/v1/chat/completions"));
      }
      return CompletableFuture.completedFuture(
          ModelReply.of(query.prompt().contains("(reworded)") ? "No" : "Yes", Duration.ofMillis(7)));
    }
  };

  @Test
  void eachChainBecomesATypedResultWithWhatWasAskedAndWhatItCost() throws Exception {
    Map<String, VariantResult> results = evaluate(List.of(VANILLA, L1, V1), chain -> true);

    VariantResult vanilla = results.get("vanilla");
    assertThat(vanilla.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(vanilla.item().id()).isEqualTo("q1");
    assertThat(vanilla.item().expected()).isEqualTo("Yes");
    assertThat(vanilla.cost().asked()).isEqualTo(1);
    assertThat(vanilla.cost().latencyMs()).isEqualTo(7);
    VariantResult reworded = results.get("L1");
    assertThat(reworded.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(reworded.question()).isEqualTo("Is the cube red? (reworded)");
    assertThat(reworded.actual()).isEqualTo("No");
    assertThat(reworded.score().extracted()).isEqualTo("No");
    assertThat(reworded.provenance().verdicts()).containsExactly("L1 attempt 1: accepted: same answer");
  }

  @Test
  void aVariantTheJudgeRejectsEveryTimeIsNotGeneratedAndNeverAsked() throws Exception {
    VariantResult added = evaluate(List.of(V1), chain -> true).get("V1");

    assertThat(added.outcome()).isEqualTo(Outcome.NOT_GENERATED);
    assertThat(added.reason()).isEqualTo("V1 rejected 2 times; last: V1 attempt 2: rejected: the object covers the cube");
    assertThat(added.provenance().attempts()).isEqualTo(2);
    assertThat(added.cost().asked()).isZero();
    assertThat(added.question()).isEqualTo("Is the cube red?");
  }

  @Test
  void aModelFailureIsAnErrorOfThatVariantOnlyAndNamesItsCause() throws Exception {
    Map<String, VariantResult> results = evaluate(List.of(VANILLA, L4, V1_L4), chain -> true);

    assertThat(results.get("vanilla").outcome()).isEqualTo(Outcome.PASSED);
    VariantResult distracted = results.get("L4");
    assertThat(distracted.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(distracted.reason()).isEqualTo("IOException: HTTP 503 from http://gpu-1:8000/v1/chat/completions");
    assertThat(distracted.context()).isEqualTo("Bananas are yellow.");
    assertThat(results.get("V1+L4").outcome()).isEqualTo(Outcome.NOT_GENERATED);
  }

  @Test
  void onlyTheSelectedChainsAreEvaluatedInTheSuitesOrder() throws Exception {
    VariantEvaluator evaluator = evaluator(List.of(VANILLA, L1, L4));

    List<VariantResult> results = evaluator.evaluate(Items.yesNo("q1", "Is the cube red?", "Yes"), chain -> !chain.equals(L1)).get();

    assertThat(results).extracting(result -> result.chain().id()).containsExactly("vanilla", "L4");
  }

  @Test
  void anItemWhoseImageCannotBeReadFailsAsAWhole() {
    VariantEvaluator evaluator = evaluator(List.of(VANILLA));

    assertThatThrownBy(() -> evaluator.evaluate(Items.unreadable("q9"), chain -> true).join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(DatasetException.class)
        .hasRootCauseMessage("items.jsonl:3: image of 'q9' is truncated");
  }

  private Map<String, VariantResult> evaluate(List<Chain> chains, Predicate<Chain> selected)
      throws Exception {
    return evaluator(chains).evaluate(Items.yesNo("q1", "Is the cube red?", "Yes"), selected).get().stream()
        .collect(Collectors.toMap(result -> result.chain().id(), Function.identity()));
  }

  private VariantEvaluator evaluator(List<Chain> chains) {
    VariantGenerator generator = new VariantGenerator(
        List.of(StepMaker.of(new AddsACoveringObject()), StepMaker.of(new Rewords())),
        StepJudges.everyStep(Optional.of(new CoverJudge())), 2, 7L, Runnable::run, "");
    Answering answering = new Answering(model, type -> Scorers.create("jsonl", type, Optional.empty(), false), false,
        Runnable::run);
    return new VariantEvaluator(generator, answering, chains);
  }

  /** V1 always adds an object that the judge finds covers the subject. */
  private static final class AddsACoveringObject implements ImageEditor {
    @Override
    public boolean supports(ImageStrategy strategy, Sample sample) {
      return strategy == ADD_OBJECT;
    }

    @Override
    public Sample edit(ImageStrategy strategy, Sample sample, long seed) {
      return sample.withQuestion(sample.question() + " [covered]");
    }
  }

  private static final class Rewords implements QuestionRewriter {
    @Override
    public boolean supports(QuestionStrategy strategy, Sample sample) {
      return strategy == WORD_SUBSTITUTION || strategy == IRRELEVANT_CONTEXT;
    }

    @Override
    public Sample rewrite(QuestionStrategy strategy, Sample sample, long seed) {
      return strategy == WORD_SUBSTITUTION
          ? sample.withQuestion(sample.question() + " (reworded)")
          : sample.withContext("Bananas are yellow.");
    }
  }

  private static final class CoverJudge implements Judge {
    @Override
    public String name() {
      return "cover";
    }

    @Override
    public Verdict judge(Sample original, Sample variant) {
      return variant.question().contains("[covered]")
          ? Verdict.reject("the object covers the cube")
          : Verdict.accept("same answer");
    }
  }
}
