package dev.vlb.engine.dataset;

import dev.vlb.api.spi.DatasetEntry;
import dev.vlb.api.spi.Item;
import dev.vlb.engine.configuration.EngineConfiguration;
import dev.vlb.engine.configuration.Settings;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Streams an MMBench TSV and loads every image, for a child JVM with a small heap; prints
 * {@code items=N bytes=N millis=N peakHeapBytes=N} on success. Also writes the generated test file.
 */
final class MmbenchStreamingHarness {

  private MmbenchStreamingHarness() {}

  public static void main(String[] args) throws Exception {
    Path tsv = Path.of(args[0]);
    long start = System.nanoTime();
    int items = 0;
    long imageBytes = 0;
    try (Stream<DatasetEntry> entries = new MmbenchDataset().entries(EngineConfiguration.of(Settings.of(Map.of())).datasetSource(tsv.toString(), 0, 1L))) {
      for (Iterator<DatasetEntry> it = entries.iterator(); it.hasNext(); ) {
        Item item = (Item) it.next();
        imageBytes += item.toSample().image().size();
        items++;
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("items=" + items + " imageBytes=" + imageBytes + " millis=" + millis + " peakHeapBytes=" + peakHeap());
  }

  /** The sum of the heap pools' peaks: an upper bound of the heap ever in use at once. */
  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .map(MemoryPoolMXBean::getPeakUsage)
        .mapToLong(usage -> usage.getUsed())
        .sum();
  }

  /**
   * Writes {@code rows} MMBench rows with distinct base64 PNG images of about {@code imageBytes}
   * bytes each; every tenth row gives the index of the row before it instead of an image.
   */
  static void write(Path tsv, int rows, int imageBytes) throws IOException {
    try (Writer out = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
      out.write("index\tquestion\thint\tA\tB\tC\tD\tanswer\tcategory\tl2-category\timage\n");
      for (int i = 0; i < rows; i++) {
        String image = i % 10 == 9 ? String.valueOf(i - 1) : SyntheticPng.base64(i, imageBytes);
        out.write(i + "\tWhat is shown in picture " + i + "?\tnan\tcat\tdog\tcow\tbird\t" + (char) ('A' + i % 4)
            + "\tobject_localization\tfinegrained_perception (instance-level)\t" + image + "\n");
      }
    }
  }
}
