package dev.vlb.engine.bootstrap;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.Sample;
import java.util.List;
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
   */
  @API(status = INTERNAL, since = "0.1")
  record Generated(Sample sample, int attempts, List<String> verdicts, boolean judged) implements Generation {
    public Generated {
      verdicts = List.copyOf(verdicts);
    }
  }

  @API(status = INTERNAL, since = "0.1")
  record NotGenerated(String reason, int attempts, List<String> verdicts) implements Generation {
    public NotGenerated {
      verdicts = List.copyOf(verdicts);
    }
  }
}
