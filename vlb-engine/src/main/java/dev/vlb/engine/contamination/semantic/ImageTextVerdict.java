package dev.vlb.engine.contamination.semantic;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Whether a corpus image with its caption gives away the answer to a benchmark question, as an LVLM
 * judged it.
 *
 * @param reason the model's own reason, or the start of a reply that could not be read
 */
@API(status = INTERNAL, since = "0.1")
public record ImageTextVerdict(Outcome outcome, String reason) {

  /** What the model said. */
  public enum Outcome {
    /** It said yes: the pair answers the question, so a model trained on it may know the answer. */
    CONTAMINATED,
    /** It said no. */
    CLEAN,
    /** Its reply did not start with yes or no; neither is assumed. */
    UNREADABLE_REPLY
  }

  public ImageTextVerdict {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
  }

  public boolean contaminated() {
    return outcome == Outcome.CONTAMINATED;
  }
}
