package dev.vlb.reports.stats;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.vlb.reports.results.Outcome;
import dev.vlb.reports.results.ResultRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * A benchmark's own figure beside the pass rates, so that numbers compare with published ones:
 * MM-Vet's total score (the mean of the grader's 0..1 scores x 100) and its score per capability (every
 * item that lists the capability counts toward it), or LLaVA-Bench's relative score (the sum of the
 * model's ratings over the sum of the reference answer's x 100), overall and per category. Only
 * answered variants count; a row of variants without the grader's numbers shows nothing.
 *
 * @param columns the first is the whole row ({@code total} or {@code overall}), then one per capability
 *     or category
 * @param rows vanilla and each strategy alone, then each level
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record OfficialMetric(String name, List<String> columns, List<MetricRow> rows) {

  static final String MM_VET = "mmvet";
  static final String LLAVA_BENCH = "llava-bench";

  public OfficialMetric {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** One row: its label and a value per column, empty where nothing was graded. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record MetricRow(String label, List<OptionalDouble> values) {
    public MetricRow {
      values = List.copyOf(values);
    }
  }

  /** A group of a suite's variants, e.g. one strategy alone or one level, by its label. */
  record Group(String label, List<ResultRecord> records) {}

  /** The metric of a suite's dataset, or empty when it has no official metric beside the pass rate. */
  static Optional<OfficialMetric> of(List<String> datasets, List<Group> groups) {
    if (datasets.equals(List.of(MM_VET))) {
      return Optional.of(table("MM-Vet score", "total", groups, OfficialMetric::capabilities, OfficialMetric::mmVet));
    }
    if (datasets.equals(List.of(LLAVA_BENCH))) {
      return Optional.of(table("LLaVA-Bench relative score", "overall", groups, record -> List.of(record.category()),
          OfficialMetric::llavaBench));
    }
    return Optional.empty();
  }

  private static OfficialMetric table(String name, String whole, List<Group> groups,
      Function<ResultRecord, List<String>> parts, Function<List<ResultRecord>, OptionalDouble> metric) {
    TreeSet<String> partNames = new TreeSet<>();
    groups.forEach(group -> group.records().forEach(record -> partNames.addAll(parts.apply(record))));
    partNames.remove("");
    List<String> columns = new ArrayList<>(List.of(whole));
    columns.addAll(partNames);
    List<MetricRow> rows = new ArrayList<>();
    for (Group group : groups) {
      List<ResultRecord> answered = group.records().stream().filter(OfficialMetric::answered).toList();
      List<OptionalDouble> values = new ArrayList<>(List.of(metric.apply(answered)));
      partNames.forEach(part -> values.add(metric.apply(answered.stream().filter(has(parts, part)).toList())));
      rows.add(new MetricRow(group.label(), values));
    }
    return new OfficialMetric(name, columns, rows);
  }

  private static Predicate<ResultRecord> has(Function<ResultRecord, List<String>> parts, String part) {
    return record -> parts.apply(record).contains(part);
  }

  private static boolean answered(ResultRecord record) {
    return record.outcome() == Outcome.PASSED || record.outcome() == Outcome.FAILED;
  }

  /** MM-Vet's capability integration, e.g. {@code ocr,math}, as its capabilities. */
  private static List<String> capabilities(ResultRecord record) {
    String listed = record.attributes().getOrDefault("capability", record.category());
    return Arrays.stream(listed.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
  }

  /** The mean grade x 100; the grader's own score where recorded, else the (same, capped) score. */
  private static OptionalDouble mmVet(List<ResultRecord> records) {
    return records.stream()
        .mapToDouble(record -> record.grades().getOrDefault("score", record.score()))
        .average()
        .stream().map(mean -> 100 * mean).findFirst();
  }

  /** Sum of the answer's ratings over the reference's x 100; empty unless every record has both. */
  private static OptionalDouble llavaBench(List<ResultRecord> records) {
    if (records.isEmpty() || !records.stream().allMatch(record ->
        record.grades().containsKey("answer") && record.grades().containsKey("reference"))) {
      return OptionalDouble.empty();
    }
    double answer = records.stream().mapToDouble(record -> record.grades().get("answer")).sum();
    double reference = records.stream().mapToDouble(record -> record.grades().get("reference")).sum();
    return reference > 0 ? OptionalDouble.of(100 * answer / reference) : OptionalDouble.empty();
  }
}
