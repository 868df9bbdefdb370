package dev.vlb.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.reports.results.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCliTests {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void aRunComparedWithItselfHasNoRegression() {
    Path run = Journal.hundredItems("m1").writeTo(dir.resolve("run"));

    int status = run("--baseline", run.toString(), "--candidate", run.toString());

    assertThat(status).isZero();
    assertThat(text(out)).isEqualTo("""
        # VLB comparison

        No significant regression at α = 0.05.

        | run | results files | variants | models |
        | :-- | --: | --: | :-- |
        | baseline | 1 | 300 | m1 |
        | candidate | 1 | 300 | m1 |

        ## demo.CompareTests

        | strategy | baseline | candidate | Δ | pairs | b pass→fail | c fail→pass | p | verdict |
        | :-- | --: | --: | --: | --: | --: | --: | --: | :-- |
        | vanilla | 90.0% (90/100) | 90.0% (90/100) | +0.0 pp | 100 | 0 | 0 | 1 |  |
        | V1 add object | 100.0% (100/100) | 100.0% (100/100) | +0.0 pp | 100 | 0 | 0 | 1 |  |
        | L4 irrelevant context | 90.0% (90/100) | 90.0% (90/100) | +0.0 pp | 100 | 0 | 0 | 1 |  |

        | level | baseline | candidate | Δ | pairs | b pass→fail | c fail→pass | p | verdict |
        | :-- | --: | --: | --: | --: | --: | --: | --: | :-- |
        | 0 | 90.0% (90/100) | 90.0% (90/100) | +0.0 pp | 100 | 0 | 0 | 1 |  |
        | +1 | 95.0% (190/200) | 95.0% (190/200) | +0.0 pp | 200 | 0 | 0 | 1 |  |

        Passed → failed: 0 variants

        Failed → passed: 0 variants
        """);
    assertThat(text(err)).isEmpty();
  }

  @Test
  void aDegradedStrategyIsARegressionWithItsExactPValueAndExitStatusOne() throws IOException {
    Path baseline = Journal.hundredItems("release").writeTo(dir.resolve("release"));
    Path candidate = Journal.hundredItems("next").set("V1", 1, 30, Outcome.FAILED).writeTo(dir.resolve("next"));
    Path markdown = dir.resolve("compare.md");

    int status = run("--baseline", baseline.toString(), "--candidate", candidate.toString(), "--out", markdown.toString());

    assertThat(status).isEqualTo(1);
    String p = String.format(Locale.ROOT, "%.2e", 2 * Math.pow(0.5, 30));
    assertThat(p).isEqualTo("1.86e-09");
    assertThat(text(out)).contains("""
        **2 significant regressions at α = 0.05**: V1 add object -30.0 pp (p = 1.86e-09), +1 -15.0 pp (p = 1.86e-09)
        """, """
        | V1 add object | 100.0% (100/100) | 70.0% (70/100) | -30.0 pp | 100 | 30 | 0 | 1.86e-09 | **regression** |
        """, """
        | +1 | 95.0% (190/200) | 80.0% (160/200) | -15.0 pp | 200 | 30 | 0 | 1.86e-09 | **regression** |
        """, """
        Passed → failed: 30 variants

        | item | chain | before → after | question |
        | :-- | :-- | :-- | :-- |
        | it-001 | V1 | PASSED → FAILED | Q it-001 V1? |
        """, """
        | it-020 | V1 | PASSED → FAILED | Q it-020 V1? |

        … and 10 more

        Failed → passed: 0 variants
        """);
    assertThat(text(out)).doesNotContain("it-021");
    assertThat(Files.readString(markdown)).isEqualTo(text(out));
    assertThat(text(err)).isEqualTo("vlb compare: wrote " + markdown + "\n");
  }

  @Test
  void theShardsOfEachRunAreMerged() {
    List<String> lines = Journal.hundredItems("m1").lines();
    Path shards = dir.resolve("shards");
    Journal.write(shards.resolve("shard-1/target/vlb"), lines.subList(0, 150));
    Journal.write(shards.resolve("shard-2/target/vlb"), lines.subList(150, 300));
    Path whole = Journal.hundredItems("m2").set("L4", 1, 5, Outcome.FAILED).writeTo(dir.resolve("whole"));

    int status = run("--baseline", shards.resolve("shard-1").toString(), shards.resolve("shard-2").toString(),
        "--candidate", whole.toString());

    assertThat(status).isZero();
    assertThat(text(out)).contains("| baseline | 2 | 300 | m1 |", "| candidate | 1 | 300 | m2 |",
        "| L4 irrelevant context | 90.0% (90/100) | 85.0% (85/100) | -5.0 pp | 100 | 5 | 0 | 0.0625 |  |");
    // 2 * 0.5^5 = 0.0625: five losses and no gain is not significant at 0.05
  }

  @Test
  void aMalformedLineIsReportedWithFileAndLineAndTheRestCompared() {
    List<String> lines = new ArrayList<>(Journal.hundredItems("m1").lines());
    lines.add(2, "{\"suite\":\"demo.CompareTests\",\"item\":");
    Path candidate = Journal.write(dir.resolve("candidate"), lines);
    Path baseline = Journal.hundredItems("m1").writeTo(dir.resolve("baseline"));

    int status = run("--baseline", baseline.toString(), "--candidate", candidate.toString());

    assertThat(status).isZero();
    assertThat(text(err)).isEqualTo("vlb compare: skipped (candidate) " + candidate
        + ":3: not a result line: Unexpected end-of-input within/between Object entries\n");
    assertThat(text(out)).contains("| candidate | 1 | 300 | m1 |", "\n**1 line of the candidate could not be read and"
        + " skipped**; the first: " + candidate + ":3: not a result line: Unexpected end-of-input"
        + " within/between Object entries\n");
  }

  @Test
  void badInputIsExitStatusTwo() {
    Path run = Journal.hundredItems("m1").writeTo(dir.resolve("run"));
    Path missing = dir.resolve("target/vlb");

    assertThat(run("--baseline", missing.toString(), "--candidate", run.toString())).isEqualTo(2);
    assertThat(run("--candidate", run.toString())).isEqualTo(2);
    assertThat(run("--baseline", run.toString(), "--candidate", run.toString(), "--alpha", "5%")).isEqualTo(2);
    assertThat(text(out)).isEmpty();
    assertThat(text(err)).isEqualTo("vlb compare: No such results file or directory: " + missing + "\n"
        + "vlb compare: no --baseline given\n" + CompareCli.USAGE + "\n"
        + "vlb compare: --alpha must be a number between 0 and 1, not 5%\n" + CompareCli.USAGE + "\n");
  }

  private int run(String... args) {
    return CompareCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static String text(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8);
  }
}
