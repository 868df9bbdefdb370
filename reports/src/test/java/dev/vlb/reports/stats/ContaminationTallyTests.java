package dev.vlb.reports.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.vlb.reports.ContaminatedRun;
import dev.vlb.reports.Journal;
import dev.vlb.reports.SmallRun;
import dev.vlb.reports.results.Outcome;
import dev.vlb.reports.results.ResultsReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContaminationTallyTests {

  @TempDir
  Path dir;

  @Test
  void eachChainCountsItsCheckedFlaggedAndFailedImagesVanillaFirst() {
    ContaminationTally tally = ContaminatedRun.report(dir).suites().get(0).contamination().orElseThrow();

    assertThat(tally.imageText()).isTrue();
    assertThat(tally.rows()).containsExactly(
        new ContaminationRow("vanilla", 3, 2, 1, 1),
        new ContaminationRow("V3", 3, 0, 0, 0),
        new ContaminationRow("L1", 4, 2, 1, 0));
    assertThat(tally.rows()).extracting(row -> Figures.percent(row.flaggedShare()),
            row -> Figures.percent(row.imageTextShare()))
        .containsExactly(tuple("66.7%", "33.3%"), tuple("0.0%", "0.0%"), tuple("50.0%", "25.0%"));
  }

  @Test
  void withoutImageTextVerdictsTheTallyHasNoImageTextColumn() {
    String clean = "{\"flagged\": false, \"semantic\": {\"corpusId\": \"m.jpg\", \"cosine\": 0.2, \"flagged\": false}}";
    String copy = "{\"flagged\": true, \"nearDuplicate\": {\"corpusId\": \"a.jpg\", \"similarity\": 0.99, "
        + "\"hammingDistance\": 2, \"inliers\": 300, \"flagged\": true}}";
    Journal journal = Journal.of("m")
        .checked("it-001", "vanilla", Outcome.PASSED, null, copy)
        .checked("it-002", "vanilla", Outcome.PASSED, null, clean)
        .checked("it-001", "V1", Outcome.PASSED, null, clean);

    ContaminationTally tally = RunReport.of(ResultsReader.read(List.of(journal.writeTo(dir)))).suites().get(0)
        .contamination().orElseThrow();

    assertThat(tally).isEqualTo(new ContaminationTally(
        List.of(new ContaminationRow("vanilla", 2, 1, 0, 0), new ContaminationRow("V1", 1, 0, 0, 0)), false));
  }

  @Test
  void aChainWithNothingCheckedHasNoShare() {
    ContaminationRow row = new ContaminationRow("V2", 0, 0, 0, 2);

    assertThat(row.flaggedShare()).isEmpty();
    assertThat(row.imageTextShare()).isEmpty();
  }

  @Test
  void aSuiteWithoutTheCheckHasNoTally() {
    assertThat(SmallRun.report().suites().get(0).contamination()).isEmpty();
  }
}
