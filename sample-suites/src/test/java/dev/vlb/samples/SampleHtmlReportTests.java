package dev.vlb.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads the report the build wrote after the sample suites ran (ReportCli, run by exec-maven-plugin in
 * the test phase): both suites are in the page and in the summary, which counts what the journal holds.
 */
class SampleHtmlReportTests {

  private static final Path VLB = Path.of("target", "vlb");

  @ParameterizedTest
  @ValueSource(strings = {"dev.vlb.samples.SyntheticPairedTests", "dev.vlb.samples.SyntheticLevelsTests"})
  void theReportShowsEverySuiteWithEveryVariantOfTheJournal(String suite) throws IOException {
    String page = Files.readString(VLB.resolve("report/index.html"));
    String summary = Files.readString(VLB.resolve("report/summary.md"));

    assertThat(page).contains("<section class=\"suite\" id=\"suite-" + suite.replace('.', '-') + "\">");
    assertThat(summary).contains("## " + suite + "\n\ndataset synthetic · "
        + String.format(Locale.ROOT, "%,d", journalLines(suite)) + " variants, pass rate ");
  }

  private static long journalLines(String suite) throws IOException {
    try (Stream<String> lines = Files.lines(VLB.resolve("results.jsonl"))) {
      return lines.filter(line -> line.startsWith("{\"suite\":\"" + suite + "\"")).count();
    }
  }
}
