package dev.vlb.reports.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.reports.stats.ContaminationRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContaminationTableTests {

  private static final List<ContaminationRow> ROWS = List.of(
      new ContaminationRow("vanilla", 1200, 37, 5, 2),
      new ContaminationRow("V1+L4", 0, 0, 0, 3));

  @Test
  void theColumnsArePaddedSoThatTheTableAlsoReadsAsText() {
    assertThat(ContaminationTable.markdown(ROWS, true)).isEqualTo("""
        | chain   | checked | image flagged | share | image-text | share | errors |
        | :------ | ------: | ------------: | ----: | ---------: | ----: | -----: |
        | vanilla |   1,200 |            37 |  3.1% |          5 |  0.4% |      2 |
        | V1+L4   |       0 |             0 |     – |          0 |     – |      3 |

        Image flagged: a near-duplicate of, or a semantic match with, an image of the training corpus; shares are \
        of the images checked. Image-text: a checked image whose corpus caption gives the answer away, as the \
        model judged. Errors: checks that could not be completed, counted neither as flagged nor as clean.
        """);
  }

  @Test
  void withoutTheImageTextCheckItsColumnsAreLeftOut() {
    assertThat(ContaminationTable.markdown(ROWS, false)).startsWith("""
        | chain   | checked | image flagged | share | errors |
        | :------ | ------: | ------------: | ----: | -----: |
        | vanilla |   1,200 |            37 |  3.1% |      2 |
        | V1+L4   |       0 |             0 |     – |      3 |

        Image flagged: a near-duplicate of, or a semantic match with, an image of the training corpus; shares are \
        of the images checked. Errors: checks""");
  }

  @Test
  void aChainIdCannotBreakTheTable() {
    assertThat(ContaminationTable.markdown(List.of(new ContaminationRow("V1|<b>", 1, 0, 0, 0)), false))
        .contains("| V1\\|&lt;b&gt; |       1 |");
  }
}
