package dev.vlb.reports.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.reports.SmallRun;
import org.junit.jupiter.api.Test;

class MarkdownSummaryTests {

  @Test
  void eachSuiteHasTheStrategyAloneTable() {
    assertThat(MarkdownSummary.render(SmallRun.report())).isEqualTo("""
        # VLB report

        40 variants · models demo-model · judges oracle

        ## demo.PairedTests

        dataset demo · 40 variants, pass rate 62.2% over 37 answered

        | strategy | pass rate | Δ vs vanilla | 95% interval | passed/answered | not generated | skipped | errors |
        | :-- | --: | --: | --: | --: | --: | --: | --: |
        | vanilla | 80.0% | +0.0 pp | 49.0–94.3% | 8/10 | 0 | 0 | 0 |
        | V1 add object | 66.7% | -13.3 pp | 35.4–87.9% | 6/9 | 1 | 0 | 0 |
        | L4 irrelevant context | 55.6% | -24.4 pp | 26.7–81.1% | 5/9 | 0 | 0 | 1 |
        """);
  }

  @Test
  void textFromTheResultsCannotBreakTheTableOrInjectMarkup() {
    assertThat(MarkdownSummary.cell("a|b <img src=x> *c*\nd"))
        .isEqualTo("a\\|b &lt;img src=x&gt; \\*c\\* d");
  }
}
