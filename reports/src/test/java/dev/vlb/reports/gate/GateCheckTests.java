package dev.vlb.reports.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.reports.results.Results;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateCheckTests {

  @TempDir
  Path dir;

  /** 40 items: vanilla passes 36 of them, V3 alone 20; overall 56 of 80. */
  private Results run() {
    return Runs.of().chain("vanilla", 40, 36).chain("V3", 40, 20).writeTo(dir.resolve("run"));
  }

  @Test
  void aRowBelowTheMinimumPassRateIsNamedWithItsIntervalAndSampleSize() {
    GateReport report = GateCheck.check(CheckRules.defaults().withMinPassRate(0.6), run(), Optional.empty());

    assertThat(report.passed()).isFalse();
    assertThat(report.broken()).containsExactly(
        "GatedTests, strategy V3 outpaint: pass rate 0.500 (Wilson 95% [0.35, 0.65], n = 40) is below the minimum 0.600",
        "GatedTests, level +1: pass rate 0.500 (Wilson 95% [0.35, 0.65], n = 40) is below the minimum 0.600");
    assertThat(report.notJudged()).isEmpty();
  }

  @Test
  void onTheLowerBoundARateAboveTheMinimumStillFailsWhenTheSampleCannotShowIt() {
    // V3 passes 25 of 40: 0.625 is above 0.6, but its Wilson interval reaches down to 0.47
    Results run = Runs.of().chain("vanilla", 40, 36).chain("V3", 40, 25).writeTo(dir.resolve("run"));
    CheckRules rules = CheckRules.defaults().withMinPassRate(0.6);

    assertThat(GateCheck.check(rules, run, Optional.empty()).broken()).isEmpty();
    assertThat(GateCheck.check(rules.withPassRateOn(CheckRules.PassRateOn.of("lower-bound")), run, Optional.empty())
        .broken()).containsExactly(
        "GatedTests, strategy V3 outpaint: pass rate 0.625 (Wilson 95% [0.47, 0.76], n = 40) has its lower bound "
            + "below the minimum 0.600",
        "GatedTests, level +1: pass rate 0.625 (Wilson 95% [0.47, 0.76], n = 40) has its lower bound below the "
            + "minimum 0.600");
  }

  @Test
  void aDropAgainstVanillaBeyondTheMaximumNamesBothRates() {
    GateReport report = GateCheck.check(CheckRules.defaults().withMaxDrop(0.3), run(), Optional.empty());

    assertThat(report.broken()).containsExactly(
        "GatedTests, strategy V3 outpaint: pass rate 0.500 (Wilson 95% [0.35, 0.65], n = 40) drops 0.400 below "
            + "vanilla 0.900 (Wilson 95% [0.77, 0.96], n = 40), more than the maximum 0.300",
        "GatedTests, level +1: pass rate 0.500 (Wilson 95% [0.35, 0.65], n = 40) drops 0.400 below vanilla 0.900 "
            + "(Wilson 95% [0.77, 0.96], n = 40), more than the maximum 0.300");
  }

  @Test
  void rowsBelowTheMinimumSampleAreListedAsNotJudgedInsteadOfFailing() {
    // V3 alone answered only 5 times, every one wrong: a drop of 0.9, on 5 variants
    Results run = Runs.of().chain("vanilla", 40, 36).chain("V3", 5, 0).writeTo(dir.resolve("run"));

    GateReport report = GateCheck.check(CheckRules.defaults().withMinPassRate(0.5).withMaxDrop(0.2), run,
        Optional.empty());

    assertThat(report.broken()).isEmpty();
    assertThat(report.notJudged()).containsExactly(
        "GatedTests, strategy V3 outpaint not judged: 5 answered < minSample 30",
        "GatedTests, level +1 not judged: 5 answered < minSample 30");
  }

  @Test
  void aSuiteWithFewerAnsweredVariantsThanTheMinimumIsNotEvaluated() {
    Results run = Runs.of().chain("vanilla", 5, 1).chain("V3", 5, 0).writeTo(dir.resolve("run"));

    GateReport report = GateCheck.check(CheckRules.defaults().withMinPassRate(0.9), run, Optional.empty());

    assertThat(report.passed()).isTrue();
    assertThat(report.notEvaluated()).containsExactly("GatedTests: 10 answered < minSample 30");
    assertThat(GateCheck.check(CheckRules.defaults().withMinPassRate(0.9).withMinSample(10), run, Optional.empty())
        .broken()).contains("GatedTests, overall: pass rate 0.100 (Wilson 95% [0.02, 0.40], n = 10) is below the "
        + "minimum 0.900");
  }

  @Test
  void wrongAnswersAloneNeverFailButAnInfrastructureErrorAlwaysDoes() {
    Results wrong = Runs.of().chain("vanilla", 40, 0).writeTo(dir.resolve("wrong"));
    Results errors = Runs.of().chain("vanilla", 3, 3).add("it-4", "vanilla", "ERROR").add("it-5", null, "ERROR")
        .writeTo(dir.resolve("errors"));

    assertThat(GateCheck.check(CheckRules.defaults(), wrong, Optional.empty()).passed()).isTrue();
    assertThat(GateCheck.check(CheckRules.defaults(), errors, Optional.empty()).broken()).containsExactly(
        "GatedTests: 1 variant(s) and 1 item(s) ended in an error: the evaluation is incomplete");
  }

  @Test
  void aSignificantRegressionAgainstTheBaselineFailsWithMcNemarsNumbers() {
    Results baseline = Runs.of().chain("vanilla", 40, 36).chain("V3", 40, 40).writeTo(dir.resolve("baseline"));
    // the same items: V3 now fails 15 of the 40 it passed, and gains none
    Results candidate = Runs.of().chain("vanilla", 40, 36).chain("V3", 40, 25).writeTo(dir.resolve("candidate"));

    GateReport report = GateCheck.check(CheckRules.defaults(), candidate, Optional.of(baseline));

    assertThat(report.broken()).containsExactly(
        "GatedTests, strategy V3 outpaint: pass rate fell from 1.000 (n = 40) in the baseline to 0.625 (n = 40); "
            + "McNemar's exact test p = 0.0001 < alpha 0.050 over 40 paired variants (15 newly wrong, 0 newly right)",
        "GatedTests, level +1: pass rate fell from 1.000 (n = 40) in the baseline to 0.625 (n = 40); "
            + "McNemar's exact test p = 0.0001 < alpha 0.050 over 40 paired variants (15 newly wrong, 0 newly right)");
    assertThat(GateCheck.check(CheckRules.defaults().withAlpha(0.00001), candidate, Optional.of(baseline)).passed())
        .isTrue();
  }

  @Test
  void rejectsRulesOutOfRange() {
    assertThatThrownBy(() -> CheckRules.defaults().withMinPassRate(80))
        .hasMessage("vlb.gate.min-pass-rate must be from 0 to 1, was 80.0");
    assertThatThrownBy(() -> CheckRules.PassRateOn.of("upper"))
        .hasMessage("vlb.gate.min-pass-rate-on must be 'point' or 'lower-bound', was 'upper'");
  }
}
