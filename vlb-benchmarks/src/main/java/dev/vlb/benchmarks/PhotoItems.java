package dev.vlb.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * The JSONL dataset of {@code PhotoBench}: multiple-choice items, each with an 84 KB PNG file. The files
 * show the same photograph but differ in a text chunk, so that items do not share bytes, as items with
 * distinct photos do not (a client that reuses an image's encoding by content must not profit). Beyond
 * {@value #FILES} items the files repeat, each after {@value #FILES} others: far beyond any reuse.
 */
final class PhotoItems {

  /** Relative to the working directory: run the benchmark from {@code vlb-benchmarks}, as Maven does. */
  static final String SOURCE = "target/bench-photos/items.jsonl";

  static final int DEFAULT_COUNT = 2000;

  /** Distinct files at most, so that 10,000 items need not take 840 MB. */
  private static final int FILES = 2000;

  /** The PNG signature and the IHDR chunk: a text chunk may follow them. */
  private static final int AFTER_HEADER = 33;

  private PhotoItems() {}

  static void write(int count) throws IOException {
    Path items = Path.of(SOURCE);
    Files.createDirectories(items.getParent());
    byte[] photo = ThroughputBenchmark.photoPng();
    try (Writer out = Files.newBufferedWriter(items, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= count; i++) {
        String file = "photo-" + ((i - 1) % FILES + 1) + ".png";
        if (i <= FILES) {
          Files.write(items.resolveSibling(file), labelled(photo, "photo " + i));
        }
        out.write(String.format(Locale.ROOT,
            "{\"id\": \"q%d\", \"image\": \"%s\", \"question\": \"Which colour is the large shape in picture %d?\","
                + " \"type\": \"multiple_choice\", \"choices\": [\"red\", \"blue\", \"green\", \"yellow\"], \"answer\": \"A\"}%n",
            i, file, i));
      }
    }
  }

  /** {@code png} with a {@code tEXt} comment after its header: the same picture, other bytes. */
  private static byte[] labelled(byte[] png, String comment) {
    byte[] text = ("tEXtComment\0" + comment).getBytes(StandardCharsets.ISO_8859_1);
    CRC32 crc = new CRC32();
    crc.update(text);
    return ByteBuffer.allocate(png.length + text.length + 8)
        .put(png, 0, AFTER_HEADER)
        .putInt(text.length - 4).put(text).putInt((int) crc.getValue())
        .put(png, AFTER_HEADER, png.length - AFTER_HEADER)
        .array();
  }
}
