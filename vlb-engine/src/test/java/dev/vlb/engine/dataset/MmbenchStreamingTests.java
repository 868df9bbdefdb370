package dev.vlb.engine.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 10,000-row MMBench TSV larger than the heap streams through a JVM limited to 256 MB. */
class MmbenchStreamingTests {

  private static final int ROWS = 10_000;
  private static final int IMAGE_BYTES = 24_000;

  @TempDir Path folder;

  @Test
  void streamsTenThousandRowsWithImagesUnder256MegabytesOfHeap() throws Exception {
    Path tsv = folder.resolve("MMBench_generated.tsv");
    MmbenchStreamingHarness.write(tsv, ROWS, IMAGE_BYTES);
    long fileBytes = Files.size(tsv);

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
            MmbenchStreamingHarness.class.getName(), tsv.toString())
        .redirectErrorStream(true)
        .start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    int exit = child.waitFor();
    System.out.println("MMBench streaming: fileBytes=" + fileBytes + " heap=-Xmx256m " + output);

    assertThat(exit).as(output).isZero();
    assertThat(fileBytes).isGreaterThan(256L * 1024 * 1024);
    List<String> figures = List.of(output.lines().reduce((first, second) -> second).orElse("").split(" "));
    assertThat(figures).contains("items=" + ROWS);
  }
}
