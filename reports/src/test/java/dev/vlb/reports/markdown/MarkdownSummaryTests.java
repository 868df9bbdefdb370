package dev.vlb.reports.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.reports.ContaminatedRun;
import dev.vlb.reports.SmallRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void aSuiteWhoseImagesWereCheckedHasTheContaminationTableAfterThePassRates(@TempDir Path dir) {
    assertThat(MarkdownSummary.render(ContaminatedRun.report(dir))).endsWith("""
        | V3 outpaint | 66.7% | -8.3 pp | 20.8–93.9% | 2/3 | 1 | 0 | 0 |
        | L1 word substitution | 75.0% | +0.0 pp | 30.1–95.4% | 3/4 | 0 | 0 | 0 |

        Contamination with the training corpus

        | chain   | checked | image flagged | share | image-text | share | errors |
        | :------ | ------: | ------------: | ----: | ---------: | ----: | -----: |
        | vanilla |       3 |             2 | 66.7% |          1 | 33.3% |      1 |
        | V3      |       3 |             0 |  0.0% |          0 |  0.0% |      0 |
        | L1      |       4 |             2 | 50.0% |          1 | 25.0% |      0 |

        Image flagged: a near-duplicate of, or a semantic match with, an image of the training corpus; shares are \
        of the images checked. Image-text: a checked image whose corpus caption gives the answer away, as the \
        model judged. Errors: checks that could not be completed, counted neither as flagged nor as clean.
        """);
  }

  @Test
  void aSuiteWithoutTheCheckHasNoContaminationTable() {
    assertThat(MarkdownSummary.render(SmallRun.report())).doesNotContain("ontamination");
  }

  @Test
  void textFromTheResultsCannotBreakTheTableOrInjectMarkup() {
    assertThat(MarkdownSummary.cell("a|b <img src=x> *c*\nd"))
        .isEqualTo("a\\|b &lt;img src=x&gt; \\*c\\* d");
  }
}
