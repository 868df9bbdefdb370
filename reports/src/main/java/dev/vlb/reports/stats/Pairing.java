package dev.vlb.reports.stats;

import dev.vlb.reports.results.ResultRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pairs each baseline variant with the candidate's evaluation of the same variant: by the variant
 * store's key when both records carry one (item ids may differ between runs, the key does not), else by
 * suite, item and chain. Two records with different keys are different variants and never pair.
 */
final class Pairing {

  private Pairing() {}

  /** A variant evaluated in both runs. */
  record Pair(ResultRecord baseline, ResultRecord candidate) {}

  static List<Pair> of(List<ResultRecord> baseline, List<ResultRecord> candidate) {
    List<ResultRecord> variants = candidate.stream().filter(record -> record.chain().isPresent()).toList();
    Map<String, ResultRecord> byKey = index(variants.stream().filter(record -> record.storeKey().isPresent()).toList(),
        ResultRecord::variantKey);
    Map<Ids, ResultRecord> byIds = index(variants, Ids::of);
    Set<ResultRecord> used = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Pair> pairs = new ArrayList<>();
    for (ResultRecord record : baseline) {
      if (record.chain().isEmpty()) {
        continue;
      }
      ResultRecord match = record.storeKey().map(byKey::get).orElseGet(() -> byIds.get(Ids.of(record)));
      boolean otherVariant = match != null && record.storeKey().isPresent() && match.storeKey().isPresent()
          && !record.variantKey().equals(match.variantKey());
      if (match != null && !otherVariant && used.add(match)) {
        pairs.add(new Pair(record, match));
      }
    }
    return pairs;
  }

  /** The first record per key, as the journal has them. */
  private static <K> Map<K, ResultRecord> index(List<ResultRecord> records, Function<ResultRecord, K> key) {
    return records.stream().collect(Collectors.toMap(key, Function.identity(), (first, later) -> first));
  }

  private record Ids(String suite, String item, String variant) {
    static Ids of(ResultRecord record) {
      return new Ids(record.suite(), record.item(), record.variant());
    }
  }
}
