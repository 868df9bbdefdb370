package dev.vlb.reports.stats;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * One suite compared between two runs.
 *
 * @param alone vanilla, then every strategy alone: the primary view
 * @param composed every chain of two strategies or more
 * @param levels every level (#harder - #easier strategies), pooling its chains
 * @param worse paired variants the baseline passed and the candidate failed
 * @param better paired variants the baseline failed and the candidate passed
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SuiteComparison(
    String suite, List<ComparedRow> alone, List<ComparedRow> composed, List<ComparedRow> levels, Flip.Flips worse,
    Flip.Flips better) {

  /** How many flips of each direction are listed at most. */
  public static final int FLIPS_SHOWN = 20;

  public SuiteComparison {
    alone = List.copyOf(alone);
    composed = List.copyOf(composed);
    levels = List.copyOf(levels);
  }

  /** Every row of the three tables (a chain is in one of the first two). */
  public List<ComparedRow> rows() {
    return Stream.of(alone, composed, levels).flatMap(List::stream).toList();
  }
}
