package dev.vlb.reports.stats;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * An item many variants got wrong: its vanilla question and expected answer, and what the model
 * replied on each chain it failed.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record WorstItem(
    String item, String category, String question, String expected, long wrong, long answered,
    List<Failure> failures) {

  public WorstItem {
    failures = List.copyOf(failures);
  }

  /** One wrong answer: the variant's own question and context (rewritten by L strategies), and the reply. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Failure(String chain, String context, String question, String actual, String extracted) {}
}
