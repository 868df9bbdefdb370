package dev.vlb.reports.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.vlb.reports.Journal;
import dev.vlb.reports.results.Outcome;
import dev.vlb.reports.results.Results;
import dev.vlb.reports.results.ResultsReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonTests {

  @TempDir
  Path dir;

  @Test
  void theStoreKeyPairsVariantsWhoseItemIdsDiffer() {
    Results baseline = read("baseline", Journal.of("m1").add("a-1", "V1", Outcome.PASSED, "k1"));
    // The same variant under another id, and another variant (its key differs) under the baseline's id.
    Results candidate = read("candidate", Journal.of("m2")
        .add("a-1", "V1", Outcome.PASSED, "k2")
        .add("b-7", "V1", Outcome.FAILED, "k1"));

    SuiteComparison suite = Comparison.of(baseline, candidate, 0.05).suites().get(0);

    assertThat(suite.alone()).singleElement().extracting(ComparedRow::test).isEqualTo(new Mcnemar(1, 1, 0));
    assertThat(suite.worse().shown()).containsExactly(
        new Flip("b-7", "V1", Outcome.PASSED, Outcome.FAILED, "Q b-7 V1?"));
  }

  @Test
  void withoutKeysVariantsPairBySuiteItemAndChain() {
    Results baseline = read("baseline", Journal.of("m1").add("a-1", "V1", Outcome.PASSED).add("a-2", "V1", Outcome.FAILED));
    Results candidate = read("candidate", Journal.of("m2").add("a-2", "V1", Outcome.PASSED).add("a-3", "V1", Outcome.FAILED));

    ComparedRow row = Comparison.of(baseline, candidate, 0.05).suites().get(0).alone().get(0);

    assertThat(row.test()).isEqualTo(new Mcnemar(1, 0, 1));
  }

  @Test
  void unansweredVariantsAreLeftOutOfThePairs() {
    Results baseline = read("baseline", Journal.of("m1")
        .add("a-1", "V1", Outcome.PASSED).add("a-2", "V1", Outcome.PASSED).add("a-3", "V1", Outcome.PASSED)
        .add("a-4", "V1", Outcome.PASSED));
    Results candidate = read("candidate", Journal.of("m2")
        .add("a-1", "V1", Outcome.NOT_GENERATED).add("a-2", "V1", Outcome.ERROR).add("a-3", "V1", Outcome.SKIPPED)
        .add("a-4", "V1", Outcome.FAILED));

    ComparedRow row = Comparison.of(baseline, candidate, 0.05).suites().get(0).alone().get(0);

    assertThat(row.test()).isEqualTo(new Mcnemar(1, 1, 0));
    assertThat(row).extracting(ComparedRow::baseline, ComparedRow::candidate)
        .containsExactly(new Tally(4, 0, 0, 0, 0), new Tally(0, 1, 1, 1, 1));
    assertThat(row.deltaPp()).hasValue(-100.0);
  }

  @Test
  void aDegradedStrategyIsARegressionOfItsRowAndItsLevel() {
    Results baseline = read("baseline", Journal.hundredItems("m1"));
    Results candidate = read("candidate", Journal.hundredItems("m2").set("V1", 1, 30, Outcome.FAILED));

    Comparison comparison = Comparison.of(baseline, candidate, 0.05);

    SuiteComparison suite = comparison.suites().get(0);
    assertThat(suite.alone()).extracting(ComparedRow::label, ComparedRow::baseline, ComparedRow::candidate,
            ComparedRow::test)
        .containsExactly(
            tuple("vanilla", new Tally(90, 10, 0, 0, 0), new Tally(90, 10, 0, 0, 0), new Mcnemar(100, 0, 0)),
            tuple("V1 add object", new Tally(100, 0, 0, 0, 0), new Tally(70, 30, 0, 0, 0), new Mcnemar(100, 30, 0)),
            tuple("L4 irrelevant context", new Tally(90, 10, 0, 0, 0), new Tally(90, 10, 0, 0, 0),
                new Mcnemar(100, 0, 0)));
    assertThat(suite.levels()).extracting(ComparedRow::label, ComparedRow::detail, ComparedRow::test)
        .containsExactly(tuple("0", "vanilla", new Mcnemar(100, 0, 0)), tuple("+1", "V1, L4", new Mcnemar(200, 30, 0)));
    assertThat(comparison.regressions()).extracting(ComparedRow::label).containsExactly("V1 add object", "+1");
    assertThat(suite.worse().total()).isEqualTo(30);
    assertThat(suite.worse().shown()).hasSize(SuiteComparison.FLIPS_SHOWN)
        .first().isEqualTo(new Flip("it-001", "V1", Outcome.PASSED, Outcome.FAILED, "Q it-001 V1?"));
    assertThat(suite.better().total()).isZero();
  }

  @Test
  void aRunOfSeveralModelsCannotBePaired() {
    Results candidate = read("candidate", Journal.of("m3").add("a-1", "V1", Outcome.PASSED));
    Results twoModels = ResultsReader.read(List.of(
        Journal.of("m1").add("a-1", "V1", Outcome.PASSED).writeTo(dir.resolve("one")),
        Journal.of("m2").add("a-1", "V1", Outcome.PASSED).writeTo(dir.resolve("two"))));

    assertThatThrownBy(() -> Comparison.of(twoModels, candidate, 0.05)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the baseline holds the results of 2 models (m1, m2); compare one model's run with another's");
  }

  private Results read(String name, Journal journal) {
    return ResultsReader.read(List.of(journal.writeTo(dir.resolve(name))));
  }
}
