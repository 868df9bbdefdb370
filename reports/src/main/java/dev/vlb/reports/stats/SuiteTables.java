package dev.vlb.reports.stats;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import dev.vlb.reports.results.Outcome;
import dev.vlb.reports.results.ResultRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Builds a {@link SuiteReport} from one suite's records. */
final class SuiteTables {

  static final String VANILLA_DETAIL = "the item as published";

  private final List<ResultRecord> variants;
  private final Tally vanilla;

  private SuiteTables(List<ResultRecord> variants) {
    this.variants = variants;
    this.vanilla = Tally.of(variants.stream().filter(ResultRecord::isVanilla).toList());
  }

  static SuiteReport of(String suite, List<ResultRecord> records) {
    List<ResultRecord> variants = records.stream().filter(record -> record.chain().isPresent()).toList();
    SuiteTables tables = new SuiteTables(variants);
    return new SuiteReport(suite,
        distinct(records, ResultRecord::dataset), distinct(records, ResultRecord::model),
        distinct(records, ResultRecord::judge),
        records.stream().map(ResultRecord::item).distinct().count(),
        Tally.of(variants), tables.vanilla,
        tables.alone(), tables.chains(), tables.levels(), tables.categories(), tables.pooled(),
        WorstItems.of(variants, SuiteReport.WORST_ITEMS),
        records.stream().filter(record -> record.chain().isEmpty())
            .map(record -> new SuiteReport.Unevaluated(record.item(), record.reason()))
            .toList(),
        tables.official(distinct(records, ResultRecord::dataset)), tables.contamination());
  }

  /** The dataset's own metric for vanilla and each strategy alone, then for each level. */
  private Optional<OfficialMetric> official(List<String> datasets) {
    List<OfficialMetric.Group> groups = new ArrayList<>();
    byChain(chain -> chain.size() <= 1).values()
        .forEach(records -> groups.add(new OfficialMetric.Group(chainLabel(records.get(0)), records)));
    byLevel().forEach((level, records) -> groups.add(new OfficialMetric.Group("level " + level(level), records)));
    return OfficialMetric.of(datasets, groups);
  }

  /** Per chain of the chosen ones, its variants: vanilla first, then in the paper's order. */
  private Map<List<String>, List<ResultRecord>> byChain(Predicate<List<String>> chosen) {
    return variants.stream()
        .filter(record -> chosen.test(record.strategies()))
        .collect(groupingBy(ResultRecord::strategies, () -> new TreeMap<>(StrategyCodes.CHAINS), toList()));
  }

  /** Per chain, the contamination check of its variants' images; empty when no variant was checked. */
  private Optional<ContaminationTally> contamination() {
    if (variants.stream().noneMatch(record -> record.contaminationCheck().isPresent())) {
      return Optional.empty();
    }
    List<ContaminationRow> rows = byChain(chain -> true).values().stream()
        .map(records -> ContaminationRow.of(records.get(0).variant(), records))
        .toList();
    boolean imageText = variants.stream()
        .anyMatch(record -> record.contaminationCheck().filter(check -> check.imageText() != null).isPresent());
    return Optional.of(new ContaminationTally(rows, imageText));
  }

  private Map<Integer, List<ResultRecord>> byLevel() {
    return variants.stream().collect(groupingBy(ResultRecord::level, TreeMap::new, toList()));
  }

  private List<Row> alone() {
    return chainRows(chain -> chain.size() <= 1, first -> StrategyCodes.direction(first.strategies().get(0)));
  }

  private List<Row> chains() {
    return chainRows(chain -> true, first -> level(first.level()));
  }

  /** Vanilla first, then the chosen chains in the paper's order, each with a detail of its first record. */
  private List<Row> chainRows(Predicate<List<String>> chosen, Function<ResultRecord, String> detail) {
    return byChain(chosen).values().stream().map(records -> chainRow(records, detail)).toList();
  }

  private Row chainRow(List<ResultRecord> records, Function<ResultRecord, String> detail) {
    ResultRecord first = records.get(0);
    String shown = first.isVanilla() ? VANILLA_DETAIL : detail.apply(first);
    return new Row(chainLabel(first), shown, Tally.of(records), vanilla);
  }

  /** "vanilla", a strategy alone by its name ("V1 add object"), a composed chain by its id ("V1+L4"). */
  static String chainLabel(ResultRecord record) {
    List<String> strategies = record.strategies();
    if (record.isVanilla()) {
      return ResultRecord.VANILLA;
    }
    return strategies.size() == 1 ? StrategyCodes.label(strategies.get(0)) : record.variant();
  }

  private List<Row> levels() {
    return byLevel().entrySet().stream()
        .map(level -> new Row(level(level.getKey()), chainsOf(level.getValue()),
            Tally.of(level.getValue()), vanilla))
        .toList();
  }

  /** Signed, as the paper counts: +2 is two strategies harder than the item. */
  static String level(int level) {
    return level > 0 ? "+" + level : Integer.toString(level);
  }

  static String chainsOf(List<ResultRecord> records) {
    return records.stream().map(ResultRecord::strategies).distinct().sorted(StrategyCodes.CHAINS)
        .map(chain -> chain.isEmpty() ? ResultRecord.VANILLA : String.join("+", chain))
        .collect(Collectors.joining(", "));
  }

  private List<Row> categories() {
    Map<String, List<ResultRecord>> byCategory = variants.stream()
        .collect(groupingBy(ResultRecord::category, TreeMap::new, toList()));
    return byCategory.entrySet().stream()
        .map(category -> new Row(category.getKey().isEmpty() ? "(none)" : category.getKey(), "",
            Tally.of(category.getValue().stream().filter(record -> !record.isVanilla()).toList()),
            Tally.of(category.getValue().stream().filter(ResultRecord::isVanilla).toList())))
        .toList();
  }

  private List<Row> pooled() {
    return variants.stream()
        .flatMap(record -> record.strategies().stream())
        .distinct()
        .sorted(Comparator.comparingInt(StrategyCodes::rank).thenComparing(Comparator.naturalOrder()))
        .map(this::pooledRow)
        .toList();
  }

  private Row pooledRow(String code) {
    List<ResultRecord> containing = variants.stream().filter(record -> record.strategies().contains(code)).toList();
    long chains = containing.stream().map(ResultRecord::strategies).distinct().count();
    return new Row(StrategyCodes.label(code), chains + (chains == 1 ? " chain" : " chains"), Tally.of(containing),
        vanilla);
  }

  private static List<String> distinct(List<ResultRecord> records, Function<ResultRecord, String> field) {
    return records.stream().map(field).filter(value -> !value.isEmpty()).distinct().toList();
  }

  /** Picks the items with the most wrong variants. */
  private static final class WorstItems {

    static List<WorstItem> of(List<ResultRecord> variants, int limit) {
      Map<String, List<ResultRecord>> byItem = variants.stream()
          .collect(groupingBy(ResultRecord::item, TreeMap::new, toList()));
      return byItem.values().stream()
          .map(WorstItems::item)
          .filter(item -> item.wrong() > 0)
          .sorted(Comparator.comparingLong(WorstItem::wrong).reversed()
              .thenComparingLong(WorstItem::answered)
              .thenComparing(WorstItem::item))
          .limit(limit)
          .toList();
    }

    private static WorstItem item(List<ResultRecord> records) {
      // Only vanilla's image is the original; another chain's stands in for nothing.
      Optional<ResultRecord> vanilla = records.stream().filter(ResultRecord::isVanilla).findFirst();
      ResultRecord reference = vanilla.orElse(records.get(0));
      List<WorstItem.Failure> failures = records.stream()
          .filter(record -> record.outcome() == Outcome.FAILED)
          .sorted(Comparator.comparing(ResultRecord::strategies, StrategyCodes.CHAINS))
          .map(record -> new WorstItem.Failure(record.variant(), record.context(), record.question(), record.actual(),
              record.extracted(), record.imageSha256(), record.contaminationCheck()))
          .toList();
      long answered = records.stream().filter(record -> record.outcome().isAnswered()).count();
      return new WorstItem(reference.item(), reference.category(), reference.question(), reference.expected(),
          failures.size(), answered, failures, vanilla.map(ResultRecord::imageSha256).orElse(""),
          vanilla.flatMap(ResultRecord::contaminationCheck));
    }
  }
}
