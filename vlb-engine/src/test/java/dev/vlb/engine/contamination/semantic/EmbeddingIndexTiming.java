package dev.vlb.engine.contamination.semantic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * How fast exact search is at the size of the VLB paper's check: 100,000 random corpus embeddings of 768
 * dimensions (CLIP ViT-L/14), searched for the nearest and the ten nearest, and the index file written and
 * read back. A program, not a test: its times depend on the machine. Run it from {@code vlb-engine} after
 * {@code mvn test-compile} with
 *
 * <pre>
 * java -Xmx2g -cp target/classes:target/test-classes:$(cat target/classpath.txt) \
 *     dev.vlb.engine.contamination.semantic.EmbeddingIndexTiming [rows] [dimension] [queries]
 * </pre>
 *
 * where {@code target/classpath.txt} comes from {@code mvn dependency:build-classpath -Dmdep.outputFile=target/classpath.txt}.
 */
final class EmbeddingIndexTiming {

  private EmbeddingIndexTiming() {}

  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int dimension = args.length > 1 ? Integer.parseInt(args[1]) : 768;
    int queries = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    Random random = new Random(2025);

    long started = System.nanoTime();
    EmbeddingIndex index = randomIndex(random, rows, dimension);
    System.out.printf(Locale.ROOT, "%d rows of %d dimensions made in %.0f ms (%.0f MB)%n",
        rows, dimension, millis(started), rows * (double) dimension * Float.BYTES / 1e6);

    float[][] embeddings = new float[queries][];
    for (int i = 0; i < queries; i++) {
      embeddings[i] = randomRow(random, dimension);
    }
    for (int warmUp = 0; warmUp < 20; warmUp++) {
      index.nearest(embeddings[warmUp % queries]);
    }
    report("nearest", time(embeddings, embedding -> index.nearest(embedding)));
    report("10 nearest", time(embeddings, embedding -> index.nearest(embedding, 10)));

    Path file = Files.createTempFile("vlb-index-timing", ".vlbe");
    try {
      started = System.nanoTime();
      index.write(file);
      System.out.printf(Locale.ROOT, "written in %.0f ms (%d bytes)%n", millis(started), Files.size(file));
      started = System.nanoTime();
      EmbeddingIndex read = EmbeddingIndex.read(file, index.model());
      System.out.printf(Locale.ROOT, "read in %.0f ms (%d rows)%n", millis(started), read.size());
    } finally {
      Files.delete(file);
    }
  }

  private static EmbeddingIndex randomIndex(Random random, int rows, int dimension) {
    float[] vectors = new float[rows * dimension];
    List<String> ids = new ArrayList<>(rows);
    for (int row = 0; row < rows; row++) {
      System.arraycopy(Vectors.normalised(randomRow(random, dimension)), 0, vectors, row * dimension, dimension);
      ids.add("laion/" + row + ".jpg");
    }
    return EmbeddingIndex.of("openai/clip-vit-large-patch14", ids, Collections.nCopies(ids.size(), ""), vectors);
  }

  private static float[] randomRow(Random random, int dimension) {
    float[] row = new float[dimension];
    for (int i = 0; i < dimension; i++) {
      row[i] = (float) random.nextGaussian();
    }
    return row;
  }

  private static double[] time(float[][] embeddings, Consumer<float[]> search) {
    double[] millis = new double[embeddings.length];
    for (int i = 0; i < embeddings.length; i++) {
      long started = System.nanoTime();
      search.accept(embeddings[i]);
      millis[i] = millis(started);
    }
    Arrays.sort(millis);
    return millis;
  }

  private static void report(String what, double[] sorted) {
    System.out.printf(Locale.ROOT, "%s: median %.1f ms, p95 %.1f ms, max %.1f ms per query over %d queries on one thread%n",
        what, sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[sorted.length - 1], sorted.length);
  }

  private static double millis(long started) {
    return (System.nanoTime() - started) / 1e6;
  }
}
