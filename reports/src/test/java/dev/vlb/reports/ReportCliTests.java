package dev.vlb.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCliTests {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void writesThePageAndTheSummary() throws IOException {
    Path report = dir.resolve("report");

    int status = run("--results", SmallRun.resultsFile().toString(), "--out", report.toString());

    assertThat(status).isZero();
    assertThat(Files.readString(report.resolve("index.html"))).startsWith("<!DOCTYPE html>");
    assertThat(Files.readString(report.resolve("summary.md"))).startsWith("# VLB report");
    // the summary's tables first, so that a build's output ends with them and the pages' paths
    assertThat(text(out)).isEqualTo(Files.readString(report.resolve("summary.md")) + """

        vlb report: 40 variants of 1 suites from 1 results files
        vlb report: wrote %s
        vlb report: wrote %s
        """.formatted(report.resolve("index.html"), report.resolve("summary.md")));
    assertThat(text(err)).isEmpty();
  }

  @Test
  void showsTheRunFactsTheEngineWroteBesideTheResults() throws IOException {
    Path results = Files.copy(SmallRun.resultsFile(), dir.resolve("results.jsonl"));
    Files.writeString(dir.resolve("run.json"), """
        {"started": "2026-12-01T10:00:00Z", "finished": "2026-12-01T10:02:00Z", "jdk": "17.0.15 (Debian)",
         "os": "Linux amd64", "suites": [{"suite": "demo.PairedTests", "dataset": "synthetic", "limit": 100,
         "seed": 7, "asked": 1890, "cached": 12, "promptTokens": 0, "completionTokens": 0, "gate": "gate: passed",
         "contamination": "corpus /data/laion, 100,000 images indexed · near-duplicate (hash radius 10, coverage ≥ 0.50)"}],
         "models": [{"role": "judge", "name": "internvl2@http://gpu-1:8000/v1", "requests": 40, "cacheHits": 2,
         "calls": 38, "retries": 1, "failures": 0, "promptTokens": 900, "completionTokens": 80}]}
        """);

    run("--results", results.toString(), "--out", dir.resolve("report").toString());

    assertThat(Files.readString(dir.resolve("report").resolve("index.html")))
        .contains("2026-12-01T10:00:00Z – 2026-12-01T10:02:00Z · JDK 17.0.15 (Debian) · Linux amd64")
        .contains("dataset <code>synthetic</code> · limit 100 · seed 7")
        .contains("1,890 answers (12 from cache)")
        .contains("· contamination check: corpus /data/laion, 100,000 images indexed · near-duplicate (hash radius 10, coverage ≥ 0.50)")
        .contains("<code>internvl2@http://gpu-1:8000/v1</code> · 40 requests, 2 from cache,")
        .contains("38 HTTP calls, 1 retries, 0 failed");
    // the build's output ends with each suite's gate verdict before the pages' paths
    assertThat(text(out)).contains("\nPairedTests gate: passed\nvlb report: ");
  }

  @Test
  void skippedLinesAreNamedWithFileAndLine() throws IOException {
    Path file = Files.writeString(dir.resolve("results.jsonl"),
        Files.readString(SmallRun.resultsFile()) + "{\"suite\": \"demo.PairedTests\"\n");

    int status = run("--results", file.toString(), "--out", dir.resolve("report").toString());

    assertThat(status).isZero();
    assertThat(text(err)).isEqualTo("vlb report: skipped " + file
        + ":42: not a result line: Unexpected end-of-input: expected close marker for Object\n");
  }

  @Test
  void aMissingResultsFileIsAClearErrorAndWritesNothing() {
    Path missing = dir.resolve("target/vlb");

    int status = run("--results", missing.toString(), "--out", dir.resolve("report").toString());

    assertThat(status).isEqualTo(2);
    assertThat(text(err)).isEqualTo("vlb report: No such results file or directory: " + missing + "\n");
    assertThat(dir.resolve("report")).doesNotExist();
  }

  @Test
  void ifPresentMissingResultsAreNothingToReport() {
    Path missing = dir.resolve("target/vlb");

    int status = run("--results", missing.toString(), "--out", dir.resolve("report").toString(), "--if-present");

    assertThat(status).isZero();
    assertThat(text(out)).isEqualTo(
        "vlb report: No such results file or directory: " + missing + "; nothing to report\n");
    assertThat(dir.resolve("report")).doesNotExist();
  }

  @Test
  void withoutResultsItPrintsTheUsage() {
    int status = run("--out", dir.toString());

    assertThat(status).isEqualTo(2);
    assertThat(text(err)).isEqualTo("vlb report: no --results given\n" + ReportCli.USAGE + "\n");
  }

  private int run(String... args) {
    return ReportCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static String text(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8);
  }
}
