package dev.vlb.engine.bootstrap.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vlb.api.QuestionStrategy;
import dev.vlb.engine.bootstrap.image.Box;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a {@link Planner} decided for one bootstrap step: the part chosen by the seed, and what the
 * results file records of how it was decided.
 */
@API(status = INTERNAL, since = "0.1")
public sealed interface Plan {

  /**
   * The planner's whole reply as parsed, including the choices the seed did not take and any it
   * rejected; {@code toString()} gives it as compact JSON. A copy, read-only by convention.
   */
  JsonNode plan();

  /** How many times the planner was asked before it gave a usable plan, at least 1. */
  int asks();

  /**
   * V1: the object to add and the box it fills.
   *
   * @param name as the planner named it; when candidates were given, spelled as the candidate is
   */
  @API(status = INTERNAL, since = "0.1")
  record Addition(String name, Box box, JsonNode plan, int asks) implements Plan {

    public Addition {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(box, "box");
      plan = plan.deepCopy();
    }
  }

  /** V2: the object to remove and the box that encloses it. */
  @API(status = INTERNAL, since = "0.1")
  record Removal(String name, Box box, JsonNode plan, int asks) implements Plan {

    public Removal {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(box, "box");
      plan = plan.deepCopy();
    }
  }

  /**
   * L1-L4: the new text.
   *
   * @param text the rewritten question for L1 and L2, the context to put before the question for L3
   *     and L4
   */
  @API(status = INTERNAL, since = "0.1")
  record Text(QuestionStrategy strategy, String text, JsonNode plan, int asks) implements Plan {

    public Text {
      Objects.requireNonNull(strategy, "strategy");
      Objects.requireNonNull(text, "text");
      plan = plan.deepCopy();
    }
  }
}
