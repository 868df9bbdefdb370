package dev.vlb.engine.bootstrap;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vlb.api.Strategy;
import dev.vlb.api.spi.Sample;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/** The outcome of building one variant: the sample to ask, or why none could be made. */
@API(status = INTERNAL, since = "0.1")
public sealed interface Generation {

  /** Generations tried over every step of the chain. */
  int attempts();

  /** What the judge (or the editor) said, one line per attempt or step. */
  List<String> verdicts();

  /**
   * @param judged whether a judge accepted every step of the chain (the original needs none: true);
   *     false when some step was accepted without one
   * @param steps how each step of the chain was made, in the order applied; empty for the original
   */
  @API(status = INTERNAL, since = "0.1")
  record Generated(Sample sample, int attempts, List<String> verdicts, boolean judged, List<Step> steps)
      implements Generation {
    public Generated {
      verdicts = List.copyOf(verdicts);
      steps = List.copyOf(steps);
    }
  }

  @API(status = INTERNAL, since = "0.1")
  record NotGenerated(String reason, int attempts, List<String> verdicts) implements Generation {
    public NotGenerated {
      verdicts = List.copyOf(verdicts);
    }
  }

  /**
   * How one accepted step was made.
   *
   * @param attempt which attempt of the step was accepted, from 1
   * @param maker the editor, rewriter or planner and painter that made it
   * @param plan what a planner planned, as it replied; empty when nothing was planned
   * @param edit the edit carried out on the image (box, ratio, painter); empty for rewrites
   */
  @API(status = INTERNAL, since = "0.1")
  record Step(Strategy strategy, int attempt, String maker, Optional<JsonNode> plan, Optional<JsonNode> edit) {
    public Step {
      Objects.requireNonNull(strategy, "strategy");
      Objects.requireNonNull(maker, "maker");
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(edit, "edit");
    }
  }
}
