package dev.vlb.engine.execution;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.ModelQuery;
import dev.vlb.api.spi.ModelReply;
import dev.vlb.api.spi.Sample;
import dev.vlb.api.spi.VisionLanguageModel;
import dev.vlb.engine.result.Cost;
import dev.vlb.engine.scoring.OptionRotations;
import dev.vlb.engine.scoring.Score;
import dev.vlb.engine.scoring.Scorer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Asks the model about one variant and scores the reply; with CircularEval, a multiple-choice
 * variant is asked once per rotation of its options (concurrently) and is correct only if every
 * rotation is. Scoring runs on the given executor, never on an HTTP callback thread.
 */
final class Answering {

  /** The scored answer to one variant, with what it cost. */
  record ScoredAnswer(Score score, String actual, Cost cost) {}

  private record Rotation(Sample sample, ModelReply reply, Score score) {}

  private final VisionLanguageModel model;
  private final Function<TaskType, Scorer> scorers;
  private final boolean circularEval;
  private final Executor scoring;

  Answering(VisionLanguageModel model, Function<TaskType, Scorer> scorers, boolean circularEval, Executor scoring) {
    this.model = model;
    this.scorers = scorers;
    this.circularEval = circularEval;
    this.scoring = scoring;
  }

  /** Completes exceptionally when the model or a grader fails: an infrastructure error. */
  CompletableFuture<ScoredAnswer> ask(Sample variant) {
    boolean circular = circularEval && variant.type() == TaskType.MULTIPLE_CHOICE && !variant.choices().isEmpty();
    List<CompletableFuture<Rotation>> rotations = (circular ? OptionRotations.rotations(variant) : List.of(variant))
        .stream()
        .map(this::askOne)
        .toList();
    return CompletableFuture.allOf(rotations.toArray(CompletableFuture[]::new))
        .thenApply(done -> combine(rotations.stream().map(CompletableFuture::join).toList()));
  }

  private CompletableFuture<Rotation> askOne(Sample sample) {
    return model.ask(new ModelQuery(sample.image(), Prompts.format(sample)))
        .toCompletableFuture()
        .thenApplyAsync(reply -> new Rotation(sample, reply, scorers.apply(sample.type()).score(sample, reply.text())), scoring);
  }

  private static ScoredAnswer combine(List<Rotation> rotations) {
    long latency = rotations.stream().mapToLong(rotation -> rotation.reply().latency().toMillis()).sum();
    int prompt = tokens(rotations, true);
    int completion = tokens(rotations, false);
    boolean cached = rotations.stream().allMatch(rotation -> rotation.reply().cached());
    if (rotations.size() == 1) {
      Rotation only = rotations.get(0);
      return new ScoredAnswer(only.score(), only.reply().text(), new Cost(1, latency, prompt, completion, cached));
    }
    String actual = rotations.stream().map(rotation -> rotation.reply().text()).collect(Collectors.joining(" | "));
    Score score = OptionRotations.score(
        rotations.stream().map(Rotation::sample).toList(), rotations.stream().map(Rotation::score).toList());
    return new ScoredAnswer(score, actual, new Cost(rotations.size(), latency, prompt, completion, cached));
  }

  private static int tokens(List<Rotation> rotations, boolean prompt) {
    int sum = 0;
    for (Rotation rotation : rotations) {
      int tokens = prompt ? rotation.reply().usage().promptTokens() : rotation.reply().usage().completionTokens();
      if (tokens < 0) {
        return -1;
      }
      sum += tokens;
    }
    return sum;
  }
}
