package dev.vlb.reports.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.vlb.reports.SmallRun;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class SuiteReportTests {

  private final RunReport run = SmallRun.report();
  private final SuiteReport suite = run.suites().get(0);

  @Test
  void eachStrategyAloneAgainstVanillaWithWilsonIntervals() {
    assertThat(table(suite.alone())).containsExactly(
        tuple("vanilla", "the item as published", "80.0%", "+0.0 pp", "49.0–94.3%", 8L, 10L, 0L, 0L, 0L),
        tuple("V1 add object", "harder", "66.7%", "-13.3 pp", "35.4–87.9%", 6L, 9L, 1L, 0L, 0L),
        tuple("L4 irrelevant context", "harder", "55.6%", "-24.4 pp", "26.7–81.1%", 5L, 9L, 0L, 0L, 1L));
  }

  @Test
  void everyChainIncludesTheCompositions() {
    assertThat(table(suite.chains())).containsExactly(
        tuple("vanilla", "the item as published", "80.0%", "+0.0 pp", "49.0–94.3%", 8L, 10L, 0L, 0L, 0L),
        tuple("V1 add object", "+1", "66.7%", "-13.3 pp", "35.4–87.9%", 6L, 9L, 1L, 0L, 0L),
        tuple("L4 irrelevant context", "+1", "55.6%", "-24.4 pp", "26.7–81.1%", 5L, 9L, 0L, 0L, 1L),
        tuple("V1+L4", "+2", "44.4%", "-35.6 pp", "18.9–73.3%", 4L, 9L, 0L, 1L, 0L));
  }

  @Test
  void levelsPoolTheirChains() {
    assertThat(table(suite.levels())).containsExactly(
        tuple("0", "vanilla", "80.0%", "+0.0 pp", "49.0–94.3%", 8L, 10L, 0L, 0L, 0L),
        tuple("+1", "V1, L4", "61.1%", "-18.9 pp", "38.6–79.7%", 11L, 18L, 1L, 0L, 1L),
        tuple("+2", "V1+L4", "44.4%", "-35.6 pp", "18.9–73.3%", 4L, 9L, 0L, 1L, 0L));
  }

  @Test
  void categoriesCompareTheirBootstrappedVariantsWithTheirOwnVanilla() {
    assertThat(suite.categories()).extracting(Row::label, row -> Figures.percent(row.baseline().passRate()),
            row -> Figures.percent(row.tally().passRate()), row -> Figures.pp(row.deltaPp()))
        .containsExactly(
            tuple("color", "60.0%", "8.3%", "-51.7 pp"),
            tuple("count", "100.0%", "93.3%", "-6.7 pp"));
  }

  @Test
  void pooledRowsCountEveryVariantContainingTheStrategy() {
    assertThat(table(suite.pooled())).containsExactly(
        tuple("V1 add object", "2 chains", "55.6%", "-24.4 pp", "33.7–75.4%", 10L, 18L, 1L, 1L, 0L),
        tuple("L4 irrelevant context", "2 chains", "50.0%", "-30.0 pp", "29.0–71.0%", 9L, 18L, 0L, 1L, 1L));
  }

  @Test
  void worstItemsHaveTheMostWrongVariantsWithTheirReplies() {
    assertThat(suite.worst()).extracting(WorstItem::item, WorstItem::wrong, WorstItem::answered)
        .containsExactly(
            tuple("it-09", 4L, 4L), tuple("it-07", 3L, 4L), tuple("it-08", 3L, 4L), tuple("it-06", 2L, 4L),
            tuple("it-10", 1L, 1L), tuple("it-05", 1L, 4L));
    WorstItem worst = suite.worst().get(0);
    assertThat(worst.expected()).isEqualTo("3");
    assertThat(worst.failures()).extracting(WorstItem.Failure::chain, WorstItem.Failure::actual)
        .containsExactly(
            tuple("vanilla", "There are 4."), tuple("V1", "There are 4."), tuple("L4", "There are 4."),
            tuple("V1+L4", "<script>alert('pwned')</script> 4"));
  }

  @Test
  void runFactsCountVariantsApartFromItemsThatCouldNotBeEvaluated() {
    assertThat(suite.suite()).isEqualTo("demo.PairedTests");
    assertThat(suite.items()).isEqualTo(11);
    assertThat(suite.variants()).isEqualTo(40);
    assertThat(suite.total()).isEqualTo(new Tally(23, 14, 1, 1, 1));
    assertThat(suite.unevaluated()).containsExactly(new SuiteReport.Unevaluated("it-11", "unreadable image it-11.png"));
    assertThat(run.models()).containsExactly("demo-model");
    assertThat(run.judges()).containsExactly("oracle");
    assertThat(run.datasets()).containsExactly("demo");
  }

  private static List<Tuple> table(List<Row> rows) {
    return rows.stream()
        .map(row -> tuple(row.label(), row.detail(), Figures.percent(row.tally().passRate()), Figures.pp(row.deltaPp()),
            Figures.interval(row.tally().interval()), row.tally().passed(), row.tally().answered(),
            row.tally().notGenerated(), row.tally().skipped(), row.tally().errors()))
        .toList();
  }
}
