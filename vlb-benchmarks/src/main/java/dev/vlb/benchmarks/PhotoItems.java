package dev.vlb.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The JSONL dataset of {@code PhotoBench}: multiple-choice items that each load the same 84 KB PNG
 * file, so that every item holds its own copy, as items with distinct photos do.
 */
final class PhotoItems {

  /** Relative to the working directory: run the benchmark from {@code vlb-benchmarks}, as Maven does. */
  static final String SOURCE = "target/bench-photos/items.jsonl";

  static final int DEFAULT_COUNT = 2000;

  private PhotoItems() {}

  static void write(int count) throws IOException {
    Path items = Path.of(SOURCE);
    Files.createDirectories(items.getParent());
    Files.write(items.resolveSibling("photo.png"), ThroughputBenchmark.photoPng());
    try (Writer out = Files.newBufferedWriter(items, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= count; i++) {
        out.write(String.format(Locale.ROOT,
            "{\"id\": \"q%d\", \"image\": \"photo.png\", \"question\": \"Which colour is the large shape in picture %d?\","
                + " \"type\": \"multiple_choice\", \"choices\": [\"red\", \"blue\", \"green\", \"yellow\"], \"answer\": \"A\"}%n",
            i, i));
      }
    }
  }
}
