package dev.vlb.reports.stats;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import dev.vlb.reports.results.Outcome;
import dev.vlb.reports.results.ResultRecord;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Builds a {@link SuiteComparison} from one suite's records in both runs and its paired variants. */
final class ComparisonTables {

  private final List<ResultRecord> baseline;
  private final List<ResultRecord> candidate;
  private final List<Pairing.Pair> pairs;

  private ComparisonTables(List<ResultRecord> baseline, List<ResultRecord> candidate, List<Pairing.Pair> pairs) {
    this.baseline = variants(baseline);
    this.candidate = variants(candidate);
    this.pairs = pairs;
  }

  static SuiteComparison of(String suite, List<ResultRecord> baseline, List<ResultRecord> candidate,
      List<Pairing.Pair> pairs) {
    ComparisonTables tables = new ComparisonTables(baseline, candidate, pairs);
    return new SuiteComparison(suite,
        tables.rows(chain -> chain.size() <= 1, ResultRecord::strategies, StrategyCodes.CHAINS,
            SuiteTables::chainLabel, ComparisonTables::direction),
        tables.rows(chain -> chain.size() > 1, ResultRecord::strategies, StrategyCodes.CHAINS,
            SuiteTables::chainLabel, first -> SuiteTables.level(first.level())),
        tables.levels(),
        tables.flips(Outcome.PASSED, Outcome.FAILED), tables.flips(Outcome.FAILED, Outcome.PASSED));
  }

  private static List<ResultRecord> variants(List<ResultRecord> records) {
    return records.stream().filter(record -> record.chain().isPresent()).toList();
  }

  private static String direction(ResultRecord first) {
    return first.isVanilla() ? SuiteTables.VANILLA_DETAIL : StrategyCodes.direction(first.strategies().get(0));
  }

  private List<ComparedRow> levels() {
    return rows(chain -> true, ResultRecord::level, Comparator.naturalOrder(),
        first -> SuiteTables.level(first.level()),
        first -> SuiteTables.chainsOf(Stream.concat(baseline.stream(), candidate.stream())
            .filter(record -> record.level() == first.level()).toList()));
  }

  /** One row per key found in either run, in order; each labelled after a record of it. */
  private <K> List<ComparedRow> rows(Predicate<List<String>> chosen, Function<ResultRecord, K> key,
      Comparator<? super K> order, Function<ResultRecord, String> label, Function<ResultRecord, String> detail) {
    Predicate<ResultRecord> inRow = record -> chosen.test(record.strategies());
    Map<K, List<ResultRecord>> before = group(baseline, inRow, key, order);
    Map<K, List<ResultRecord>> after = group(candidate, inRow, key, order);
    Map<K, List<Pairing.Pair>> paired = pairs.stream().filter(pair -> inRow.test(pair.baseline()))
        .collect(groupingBy(pair -> key.apply(pair.baseline()), () -> new TreeMap<>(order), toList()));
    TreeSet<K> keys = new TreeSet<>(order);
    keys.addAll(before.keySet());
    keys.addAll(after.keySet());
    return keys.stream().map(k -> {
      List<ResultRecord> was = before.getOrDefault(k, List.of());
      List<ResultRecord> is = after.getOrDefault(k, List.of());
      ResultRecord first = was.isEmpty() ? is.get(0) : was.get(0);
      return new ComparedRow(label.apply(first), detail.apply(first), Tally.of(was), Tally.of(is),
          test(paired.getOrDefault(k, List.of())));
    }).toList();
  }

  private static <K> Map<K, List<ResultRecord>> group(List<ResultRecord> records, Predicate<ResultRecord> inRow,
      Function<ResultRecord, K> key, Comparator<? super K> order) {
    return records.stream().filter(inRow).collect(groupingBy(key, () -> new TreeMap<>(order), toList()));
  }

  /** McNemar's test over the pairs answered in both runs: not generated, skipped or errored pairs say nothing. */
  private static Mcnemar test(List<Pairing.Pair> pairs) {
    List<Pairing.Pair> answered = pairs.stream().filter(ComparisonTables::answeredInBoth).toList();
    return new Mcnemar(answered.size(), count(answered, Outcome.PASSED, Outcome.FAILED),
        count(answered, Outcome.FAILED, Outcome.PASSED));
  }

  private static boolean answeredInBoth(Pairing.Pair pair) {
    return pair.baseline().outcome().isAnswered() && pair.candidate().outcome().isAnswered();
  }

  private static long count(List<Pairing.Pair> pairs, Outcome before, Outcome after) {
    return pairs.stream().filter(pair -> flipped(pair, before, after)).count();
  }

  private static boolean flipped(Pairing.Pair pair, Outcome before, Outcome after) {
    return pair.baseline().outcome() == before && pair.candidate().outcome() == after;
  }

  /** The pairs that went from {@code before} to {@code after}, chain by chain, then item by item. */
  private Flip.Flips flips(Outcome before, Outcome after) {
    List<Flip> all = pairs.stream().filter(pair -> flipped(pair, before, after))
        .map(Pairing.Pair::candidate)
        .sorted(Comparator.comparing(ResultRecord::strategies, StrategyCodes.CHAINS)
            .thenComparing(ResultRecord::item))
        .map(record -> new Flip(record.item(), record.variant(), before, after, question(record)))
        .toList();
    return new Flip.Flips(all.subList(0, Math.min(all.size(), SuiteComparison.FLIPS_SHOWN)), all.size());
  }

  /** The question as the variant asked it: with an L3/L4 context before it. */
  private static String question(ResultRecord record) {
    return Optional.of(record.context()).filter(context -> !context.isEmpty())
        .map(context -> context + " " + record.question()).orElse(record.question());
  }
}
