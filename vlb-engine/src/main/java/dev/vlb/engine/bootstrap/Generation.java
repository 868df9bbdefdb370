package dev.vlb.engine.bootstrap;

import dev.vlb.api.spi.Sample;
import java.util.List;

/** The outcome of building one variant: the sample to ask, or why none could be made. */
public sealed interface Generation {

  /** Generations tried over every step of the chain. */
  int attempts();

  /** What the judge (or the editor) said, one line per attempt or step. */
  List<String> verdicts();

  record Generated(Sample sample, int attempts, List<String> verdicts) implements Generation {
    public Generated {
      verdicts = List.copyOf(verdicts);
    }
  }

  record NotGenerated(String reason, int attempts, List<String> verdicts) implements Generation {
    public NotGenerated {
      verdicts = List.copyOf(verdicts);
    }
  }
}
