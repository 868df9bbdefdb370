package dev.vlb.engine.bootstrap;

import static dev.vlb.api.ImageStrategy.ADD_OBJECT;
import static dev.vlb.api.QuestionStrategy.IRRELEVANT_CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.vlb.api.Strategy;
import dev.vlb.api.TaskType;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.Judge;
import dev.vlb.api.spi.Sample;
import dev.vlb.api.spi.Verdict;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VariantGeneratorTests {

  private static final Sample ORIGINAL = new Sample("q1", Image.png(new byte[] {1}, 4, 3), "", "Is the cube red?",
      List.of(), "Yes", TaskType.YES_NO, null);
  private static final Chain V1 = Chain.of(ADD_OBJECT);
  private static final Chain V1_L4 = Chain.of(ADD_OBJECT, IRRELEVANT_CONTEXT);

  /** Makes V1 and L4 steps whose results the test completes, as a server would, counting the calls. */
  private final RemoteMaker maker = new RemoteMaker();
  /** Judges as the test says, later, as a server would. */
  private final RemoteJudge judge = new RemoteJudge();

  @Test
  void twoChainsAskingForTheSameStepAtOnceShareOneGenerationOfIt() {
    VariantGenerator.ItemVariants variants = generator(StepJudges.everyStep(Optional.of(judge))).forItem(ORIGINAL, "");

    CompletableFuture<Generation> added = variants.generate(V1);
    CompletableFuture<Generation> distracted = variants.generate(V1_L4);
    CompletableFuture<Generation> addedAgain = variants.generate(V1);

    assertThat(maker.calls).hasValue(1);
    assertThat(addedAgain).isSameAs(added);
    maker.complete(0, "added a ball");
    judge.answer(0, Verdict.accept("same answer"));
    assertThat(added).isDone();
    assertThat(distracted).isNotDone();
    assertThat(maker.calls).hasValue(2);
    maker.complete(1, "bananas");
    judge.answer(1, Verdict.accept("same answer"));

    Generation.Generated both = (Generation.Generated) distracted.join();
    assertThat(both.sample().question()).isEqualTo("Is the cube red? added a ball");
    assertThat(both.sample().context()).isEqualTo("bananas");
    assertThat(both.steps()).extracting(Generation.Step::strategy).containsExactly(ADD_OBJECT, IRRELEVANT_CONTEXT);
    assertThat(both.steps().get(0).plan().orElseThrow().toString()).isEqualTo("{\"name\":\"added a ball\"}");
    assertThat(both.steps().get(0).maker()).isEqualTo("remote maker");
    assertThat(both.judged()).isTrue();
    assertThat(maker.calls).hasValue(2);
  }

  @Test
  void aRejectedStepIsMadeAgainWithAnotherSeedAndEveryAttemptIsCounted() {
    VariantGenerator generator = generator(StepJudges.everyStep(Optional.of(judge)));
    CompletableFuture<Generation> added = generator.forItem(ORIGINAL, "").generate(V1);

    maker.complete(0, "a ball covering the cube");
    judge.answer(0, Verdict.reject("the ball covers the cube"));
    maker.fail(1, new CannotBootstrapException("no room left"));
    maker.complete(2, "a cup");
    judge.answer(1, Verdict.accept("same answer"));

    Generation.Generated generated = (Generation.Generated) added.join();
    assertThat(generated.attempts()).isEqualTo(3);
    assertThat(generated.verdicts()).containsExactly(
        "V1 attempt 1: rejected: the ball covers the cube",
        "V1 attempt 2: cannot bootstrap: no room left",
        "V1 attempt 3: accepted: same answer");
    assertThat(generated.steps().get(0).attempt()).isEqualTo(3);
    assertThat(maker.seeds).doesNotHaveDuplicates().hasSize(3);
    assertThat(generator.counts().snapshot())
        .containsExactly(Map.entry(ADD_OBJECT, new GenerationCounts.Counts(1, 0, 1, 1, 0)));
  }

  @Test
  void aJudgeThatCannotBeReachedFailsTheStepAndEveryChainOnItAsAnInfrastructureError() {
    VariantGenerator generator = generator(StepJudges.everyStep(Optional.of(judge)));
    VariantGenerator.ItemVariants variants = generator.forItem(ORIGINAL, "");
    CompletableFuture<Generation> added = variants.generate(V1);
    CompletableFuture<Generation> distracted = variants.generate(V1_L4);

    maker.complete(0, "a ball");
    judge.fail(0, new IOException("HTTP 503 from http://judge:8000/v1/chat/completions"));

    assertThatThrownBy(added::join).isInstanceOf(CompletionException.class).hasCauseInstanceOf(IOException.class)
        .hasRootCauseMessage("HTTP 503 from http://judge:8000/v1/chat/completions");
    assertThatThrownBy(distracted::join).hasCauseInstanceOf(IOException.class);
    assertThat(generator.counts().snapshot().get(ADD_OBJECT)).isEqualTo(new GenerationCounts.Counts(0, 0, 0, 0, 1));
    assertThat(maker.calls).hasValue(1);
  }

  @Test
  void withoutAJudgeForTheStepItIsAcceptedUnjudgedAndSaysSo() {
    VariantGenerator generator = generator(StepJudges.everyStep(Optional.empty()));
    CompletableFuture<Generation> added = generator.forItem(ORIGINAL, "").generate(V1);

    maker.complete(0, "a ball");

    Generation.Generated generated = (Generation.Generated) added.join();
    assertThat(generated.judged()).isFalse();
    assertThat(generated.verdicts()).containsExactly("V1 attempt 1: accepted without judge (none configured)");
    assertThat(generator.counts().snapshot().get(ADD_OBJECT).unjudged()).isEqualTo(1);
  }

  @Test
  void aStepNoMakerSupportsIsNotGeneratedWithoutAnyAttempt() {
    VariantGenerator generator = new VariantGenerator(List.of(), StepJudges.everyStep(Optional.of(judge)), 3, 7L,
        Runnable::run, "set vlb.planner.url to plan it");

    Generation generation = generator.forItem(ORIGINAL, "").generate(V1_L4).join();

    String reason = "no editor or rewriter for V1 add object on this dataset; set vlb.planner.url to plan it";
    assertThat(generation).isEqualTo(new Generation.NotGenerated(reason, 0, List.of(reason)));
    assertThat(generator.counts().snapshot()).isEmpty();
  }

  private VariantGenerator generator(StepJudges judges) {
    return new VariantGenerator(List.of(maker), judges, 3, 7L, Runnable::run, "");
  }

  private static final class RemoteMaker implements StepMaker {

    final AtomicInteger calls = new AtomicInteger();
    final Queue<Long> seeds = new ConcurrentLinkedQueue<>();
    private final List<CompletableFuture<Made>> pending = new CopyOnWriteArrayList<>();
    private final List<Sample> inputs = new CopyOnWriteArrayList<>();
    private final List<Strategy> steps = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
      return "remote maker";
    }

    @Override
    public boolean supports(Strategy step, Sample input) {
      return step == ADD_OBJECT || step == IRRELEVANT_CONTEXT;
    }

    @Override
    public CompletionStage<Made> make(Strategy step, Sample input, long seed) {
      calls.incrementAndGet();
      seeds.add(seed);
      inputs.add(input);
      steps.add(step);
      CompletableFuture<Made> made = new CompletableFuture<>();
      pending.add(made);
      return made;
    }

    void complete(int call, String text) {
      Sample input = inputs.get(call);
      Sample sample = steps.get(call) == ADD_OBJECT ? input.withQuestion(input.question() + " " + text)
          : input.withContext(text);
      pending.get(call).complete(new Made(sample,
          Optional.of(JsonNodeFactory.instance.objectNode().put("name", text)),
          Optional.of(JsonNodeFactory.instance.objectNode().put("painter", "test"))));
    }

    void fail(int call, Throwable failure) {
      pending.get(call).completeExceptionally(failure);
    }
  }

  private static final class RemoteJudge implements Judge {

    private final List<CompletableFuture<Verdict>> pending = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
      return "remote judge";
    }

    @Override
    public Verdict judge(Sample original, Sample variant) {
      throw new AssertionError("the generator must ask for the verdict asynchronously");
    }

    @Override
    public CompletionStage<Verdict> judgeAsync(Sample original, Sample variant) {
      CompletableFuture<Verdict> verdict = new CompletableFuture<>();
      pending.add(verdict);
      return verdict;
    }

    void answer(int call, Verdict verdict) {
      pending.get(call).complete(verdict);
    }

    void fail(int call, Throwable failure) {
      pending.get(call).completeExceptionally(failure);
    }
  }
}
