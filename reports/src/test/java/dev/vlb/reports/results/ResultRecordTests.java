package dev.vlb.reports.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vlb.reports.SmallRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultRecordTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String CHECKED = """
      {"suite":"demo.PairedTests","item":"it-01","variant":"vanilla","outcome":"PASSED",\
      "contamination":{"flagged":true,\
      "nearDuplicate":{"corpusId":"photos/a.jpg","similarity":0.981,"hammingDistance":4,"inliers":212,"flagged":true},\
      "semantic":{"corpusId":"photos/b.jpg","cosine":0.934,"flagged":true},\
      "imageText":{"corpusId":"photos/a.jpg","outcome":"CONTAMINATED","reason":"the caption names the ball's colour"},\
      "newerField":1}}""";

  private static final String FAILED = """
      {"suite":"demo.PairedTests","item":"it-02","variant":"V1","strategies":["V1"],"outcome":"PASSED",\
      "contamination":{"error":"EmbeddingCallException: the embedding endpoint answered 503"}}""";

  @TempDir
  Path dir;

  @Test
  void aLineWithTheContaminationCheckReadsEveryPart() throws IOException {
    Contamination check = read(CHECKED).contaminationCheck().orElseThrow();

    assertThat(check.flagged()).isTrue();
    assertThat(check.completed()).isTrue();
    assertThat(check.nearDuplicate())
        .isEqualTo(new Contamination.NearDuplicate("photos/a.jpg", 0.981, 4, 212, true));
    assertThat(check.semantic()).isEqualTo(new Contamination.Semantic("photos/b.jpg", 0.934, true));
    assertThat(check.imageText()).isEqualTo(
        new Contamination.ImageText("photos/a.jpg", "CONTAMINATED", "the caption names the ball's colour"));
    assertThat(check.imageTextContaminated()).isTrue();
    assertThat(check.error()).isEmpty();
  }

  @Test
  void aCheckThatFailedIsNeitherFlaggedNorCompleted() throws IOException {
    Contamination check = read(FAILED).contaminationCheck().orElseThrow();

    assertThat(check).isEqualTo(
        new Contamination(false, null, null, null, "EmbeddingCallException: the embedding endpoint answered 503"));
    assertThat(check.completed()).isFalse();
    assertThat(check.imageTextContaminated()).isFalse();
  }

  @Test
  void aLineWithoutTheFieldHasNoCheck() throws IOException {
    assertThat(read(Files.readAllLines(SmallRun.resultsFile()).get(0)).contaminationCheck()).isEmpty();
    assertThat(ResultRecord.counted("s", "d", "it-01", "vanilla", List.of(), 0, Outcome.PASSED, "m")
        .contaminationCheck()).isEmpty();
  }

  @Test
  void theCheckRoundTripsWithoutNullsOrEmptyParts() throws IOException {
    ResultRecord checked = read(CHECKED);
    ResultRecord failed = read(FAILED);

    String writtenChecked = JSON.writeValueAsString(checked);
    String writtenFailed = JSON.writeValueAsString(failed);

    assertThat(read(writtenChecked)).isEqualTo(checked);
    assertThat(read(writtenFailed)).isEqualTo(failed);
    assertThat(JSON.readTree(writtenChecked).get("contamination")).hasToString("""
        {"flagged":true,\
        "nearDuplicate":{"corpusId":"photos/a.jpg","similarity":0.981,"hammingDistance":4,"inliers":212,"flagged":true},\
        "semantic":{"corpusId":"photos/b.jpg","cosine":0.934,"flagged":true},\
        "imageText":{"corpusId":"photos/a.jpg","outcome":"CONTAMINATED","reason":"the caption names the ball's colour"}}""");
    // "flagged" is written beside an error too, where the engine leaves it out; it reads the same
    assertThat(JSON.readTree(writtenFailed).get("contamination")).hasToString(
        "{\"flagged\":false,\"error\":\"EmbeddingCallException: the embedding endpoint answered 503\"}");
  }

  /** Through the reader, as a report reads the engine's journal. */
  private ResultRecord read(String line) throws IOException {
    Path file = Files.writeString(dir.resolve("results-" + System.nanoTime() + ".jsonl"), line);
    Results results = ResultsReader.read(List.of(file));
    assertThat(results.problems()).isEmpty();
    return results.records().get(0);
  }
}
