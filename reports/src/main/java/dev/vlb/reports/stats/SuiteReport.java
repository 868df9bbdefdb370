package dev.vlb.reports.stats;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.vlb.reports.results.ResultRecord;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The tables of one suite, paper-style. Every row's delta is against the suite's vanilla variants.
 *
 * @param alone vanilla, then every chain of a single strategy: the primary view
 * @param chains vanilla, then every chain, compositions included
 * @param levels every level (#harder - #easier strategies), pooling its chains
 * @param categories per category: every bootstrapped variant against that category's vanilla ones
 * @param pooled per strategy, every variant whose chain contains it, alone or composed: a secondary
 *     view, since it mixes the strategy's effect with its partners'
 * @param worst the items with the most wrong variants, most first
 * @param unevaluated the items that could not be evaluated at all, with the reason
 * @param official the dataset's own metric beside the pass rates (MM-Vet, LLaVA-Bench); empty for others
 * @param contamination per chain, whether its images are in the model's pre-training corpus; empty when
 *     no variant's image was checked
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SuiteReport(
    String suite,
    List<String> datasets,
    List<String> models,
    List<String> judges,
    long items,
    Tally total,
    Tally vanilla,
    List<Row> alone,
    List<Row> chains,
    List<Row> levels,
    List<Row> categories,
    List<Row> pooled,
    List<WorstItem> worst,
    List<Unevaluated> unevaluated,
    Optional<OfficialMetric> official,
    Optional<ContaminationTally> contamination) {

  /** How many items {@link #worst} lists at most. */
  public static final int WORST_ITEMS = 10;

  public SuiteReport {
    datasets = List.copyOf(datasets);
    models = List.copyOf(models);
    judges = List.copyOf(judges);
    alone = List.copyOf(alone);
    chains = List.copyOf(chains);
    levels = List.copyOf(levels);
    categories = List.copyOf(categories);
    pooled = List.copyOf(pooled);
    worst = List.copyOf(worst);
    unevaluated = List.copyOf(unevaluated);
  }

  /** Builds the tables from the records of one suite. */
  public static SuiteReport of(String suite, List<ResultRecord> records) {
    return SuiteTables.of(suite, records);
  }

  /** Variants reported, whatever their outcome (items that could not be evaluated are not variants). */
  public long variants() {
    return total.total();
  }

  /** An item that could not be read or evaluated, so none of its variants exists. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Unevaluated(String item, String reason) {}
}
