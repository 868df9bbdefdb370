package dev.vlb.reports.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.vlb.reports.SmallRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsReaderTests {

  @TempDir
  Path dir;

  @Test
  void readsEveryLineOfAResultsFile() {
    Results results = ResultsReader.read(List.of(SmallRun.resultsFile()));

    assertThat(results.records()).hasSize(41);
    assertThat(results.problems()).isEmpty();
    assertThat(results.records().get(0)).extracting(ResultRecord::suite, ResultRecord::item, ResultRecord::variant,
            ResultRecord::strategies, ResultRecord::outcome, ResultRecord::actual)
        .containsExactly("demo.PairedTests", "it-01", "vanilla", List.of(), Outcome.PASSED, "There are 2.");
    assertThat(results.records().get(40).chain()).isEmpty();
  }

  @Test
  void shardsUnderOneDirectoryAreMergedIntoOneRun() throws IOException {
    List<String> lines = Files.readAllLines(SmallRun.resultsFile());
    Path first = write("shard-1/target/vlb/results.jsonl", lines.subList(0, 20));
    Path second = write("shard-2/target/vlb/results.jsonl", lines.subList(20, lines.size()));

    Results merged = ResultsReader.read(List.of(dir));

    assertThat(merged.files()).containsExactly(first, second);
    assertThat(merged.records()).hasSize(41);
    assertThat(merged.problems()).isEmpty();
    assertThat(merged.records()).extracting(ResultRecord::item).containsOnlyOnce("it-11");
    assertThat(merged.records().stream().filter(ResultRecord::isVanilla).count()).isEqualTo(10);
  }

  @Test
  void aResultMetInTwoShardsCountsOnceAndIsReported() throws IOException {
    List<String> lines = Files.readAllLines(SmallRun.resultsFile());
    Path first = write("a/results.jsonl", lines.subList(0, 21));
    Path second = write("b/results.jsonl", lines.subList(20, lines.size()));

    Results merged = ResultsReader.read(List.of(first, second));

    assertThat(merged.records()).hasSize(41);
    assertThat(merged.problems()).singleElement().hasToString(second + ":1: the same result as " + first
        + ":21 (suite demo.PairedTests, item it-06, variant vanilla); counted once");
  }

  @Test
  void aMalformedLineIsReportedWithFileAndLineAndTheRestIsRead() throws IOException {
    List<String> lines = Files.readAllLines(SmallRun.resultsFile());
    Path file = write("results.jsonl", List.of(
        lines.get(0),
        "{\"suite\":\"demo.PairedTests\",\"item\":\"it-0",
        "{\"suite\":\"demo.PairedTests\",\"item\":\"it-02\",\"variant\":\"vanilla\"}",
        "",
        "{\"suite\":\"demo.PairedTests\",\"item\":\"it-03\",\"variant\":\"V1\",\"outcome\":\"MAYBE\"}",
        lines.get(1)));

    Results results = ResultsReader.read(List.of(file));

    assertThat(results.records()).extracting(ResultRecord::item, ResultRecord::variant)
        .containsExactly(tuple("it-01", "vanilla"), tuple("it-01", "V1"));
    assertThat(results.problems()).extracting(ReadProblem::file, ReadProblem::line)
        .containsExactly(tuple(file, 2L), tuple(file, 3L), tuple(file, 5L));
    assertThat(results.problems().get(0))
        .hasToString(file + ":2: not a result line: "
            + "Unexpected end-of-input: was expecting closing quote for a string value");
    assertThat(results.problems().get(1)).hasToString(file + ":3: no \"outcome\" field; line skipped");
    assertThat(results.problems().get(2).toString()).startsWith(file + ":5: not a result line: ")
        .contains("\"MAYBE\"");
  }

  @Test
  void aMissingPathIsAClearError() {
    Path missing = dir.resolve("nowhere/results.jsonl");

    assertThatThrownBy(() -> ResultsReader.read(List.of(missing)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No such results file or directory: " + missing);
  }

  @Test
  void aDirectoryWithoutResultsIsAClearError() {
    assertThatThrownBy(() -> ResultsReader.read(List.of(dir)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No results.jsonl in " + dir + " (the engine writes it to target/vlb/results.jsonl)");
  }

  private Path write(String name, List<String> lines) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, lines);
  }
}
