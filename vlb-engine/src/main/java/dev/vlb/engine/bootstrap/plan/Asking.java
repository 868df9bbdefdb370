package dev.vlb.engine.bootstrap.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vlb.api.Strategy;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.ModelQuery;
import dev.vlb.api.spi.ModelReply;
import dev.vlb.api.spi.Sample;
import dev.vlb.api.spi.VisionLanguageModel;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Asks the planner for one plan until a reply is usable, at most {@code maxAsks} times, each ask after
 * the first telling what was wrong with the last reply. Nothing waits: each ask is composed on the
 * previous reply. A failed model call fails the stage as it is, an infrastructure error; only unusable
 * plans end in {@link CannotBootstrapException}.
 */
record Asking<T>(
    VisionLanguageModel model, int maxAsks, Strategy strategy, Sample sample, String prompt,
    Function<String, Reading<T>> reader) {

  /** A usable plan and how many asks it took. */
  record Asked<T>(JsonNode plan, List<T> choices, int asks) {

    /**
     * The seed's choice among the plan's usable ones; the same for the same seed. The whole mixed seed
     * is reduced, as {@code nextInt(bound)} of a fresh generator makes nearly the same first choice for
     * neighbouring seeds.
     */
    T pick(long seed) {
      return choices.get(Math.floorMod(new SplittableRandom(seed).nextLong(), choices.size()));
    }
  }

  CompletionStage<Asked<T>> start() {
    return ask(prompt, 1);
  }

  private CompletionStage<Asked<T>> ask(String text, int ask) {
    return call(new ModelQuery(sample.image(), text)).thenCompose(reply -> {
      Reading<T> reading = reader.apply(reply.text());
      if (reading.isUsable()) {
        return CompletableFuture.completedFuture(new Asked<>(reading.plan(), reading.choices(), ask));
      }
      if (ask >= maxAsks) {
        return CompletableFuture.failedFuture(new CannotBootstrapException(strategy.code() + " (" + strategy.label()
            + "): the planner gave no usable plan for sample '" + sample.id() + "' in " + ask
            + (ask == 1 ? " ask" : " asks") + "; the last reply: " + reading.problem()));
      }
      return ask(PlannerPrompts.followUp(prompt, reading.problem(), ask), ask + 1);
    });
  }

  /** The model's reply; a model that throws instead of failing its stage fails the stage all the same. */
  private CompletionStage<ModelReply> call(ModelQuery query) {
    try {
      return model.ask(query);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
