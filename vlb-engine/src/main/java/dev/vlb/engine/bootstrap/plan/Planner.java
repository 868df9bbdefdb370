package dev.vlb.engine.bootstrap.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.ImageStrategy;
import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.Strategy;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.Sample;
import dev.vlb.api.spi.VisionLanguageModel;
import dev.vlb.engine.bootstrap.plan.Asking.Asked;
import dev.vlb.engine.bootstrap.plan.ObjectPlans.Planned;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Asks an LVLM for the plans of the bootstrap steps that need one on real photographs: what to add
 * (V1) or remove (V2) and where, a description that helps without telling the answer (L3), and
 * rewritten questions or unrelated context (L1, L2, L4). It asks, parses and validates; applying the
 * plan is for the editors and rewriters.
 *
 * <p>Every query carries the sample's image, and the prompt states its size, so that boxes are in its
 * pixels. The prompts do not depend on the seed, so a response cache can serve them; the seed picks
 * among the usable choices of one plan (objects, alternative texts), so that a retry after a judge's
 * rejection, with another seed, gets another choice where the plan offers one.
 *
 * <p>Every stage completes exceptionally with {@link CannotBootstrapException} when no reply was
 * usable in {@code maxAsks} asks, and with the model's own failure when a call fails.
 */
@API(status = INTERNAL, since = "0.1")
public final class Planner {

  private final VisionLanguageModel model;
  private final int maxAsks;

  private Planner(VisionLanguageModel model, int maxAsks) {
    this.model = model;
    this.maxAsks = maxAsks;
  }

  /**
   * A planner asking this model.
   *
   * @param maxAsks how many times one plan is asked for, the first ask included; at least 1
   */
  public static Planner create(VisionLanguageModel model, int maxAsks) {
    Objects.requireNonNull(model, "model");
    if (maxAsks < 1) {
      throw new IllegalArgumentException("A planner must be asked at least once, maxAsks was " + maxAsks);
    }
    return new Planner(model, maxAsks);
  }

  public String name() {
    return "planner (" + model.name() + ")";
  }

  /**
   * V1: an object to add and the box it fills, which neither changes nor covers the answer.
   *
   * @param candidates the objects the editor can add ({@code CutOuts.names()}); the planner chooses
   *     among them, or any object when the list is empty
   */
  public CompletionStage<Plan.Addition> addition(Sample sample, List<String> candidates, long seed) {
    ObjectPlans plans = ObjectPlans.addition(sample, candidates);
    return asking(ImageStrategy.ADD_OBJECT, sample, PlannerPrompts.addition(sample, candidates), plans::read)
        .thenApply(asked -> {
          Planned chosen = asked.pick(seed);
          return new Plan.Addition(chosen.name(), chosen.box(), asked.plan(), asked.asks());
        });
  }

  /** V2: an object whose removal does not change the answer, and the box that encloses it. */
  public CompletionStage<Plan.Removal> removal(Sample sample, long seed) {
    ObjectPlans plans = ObjectPlans.removal(sample);
    return asking(ImageStrategy.REMOVE_OBJECT, sample, PlannerPrompts.removal(sample), plans::read)
        .thenApply(asked -> {
          Planned chosen = asked.pick(seed);
          return new Plan.Removal(chosen.name(), chosen.box(), asked.plan(), asked.asks());
        });
  }

  /** L3: a description of the image to put before the question, which does not give the answer away. */
  public CompletionStage<Plan.Text> description(Sample sample, long seed) {
    return rewrite(QuestionStrategy.RELEVANT_CONTEXT, sample, seed);
  }

  /**
   * L1 and L2: the rewritten question; L4: unrelated context to put before it. L3 is
   * {@link #description}, taken here too so that every question strategy has one entry.
   */
  public CompletionStage<Plan.Text> rewrite(QuestionStrategy strategy, Sample sample, long seed) {
    TextPlans plans = TextPlans.of(strategy, sample);
    return asking(strategy, sample, PlannerPrompts.rewrite(strategy, sample), plans::read)
        .thenApply(asked -> new Plan.Text(strategy, asked.pick(seed), asked.plan(), asked.asks()));
  }

  private <T> CompletionStage<Asked<T>> asking(
      Strategy strategy, Sample sample, String prompt, Function<String, Reading<T>> reader) {
    return new Asking<>(model, maxAsks, strategy, sample, prompt, reader).start();
  }
}
