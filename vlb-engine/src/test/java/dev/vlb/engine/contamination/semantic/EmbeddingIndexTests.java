package dev.vlb.engine.contamination.semantic;

import static dev.vlb.engine.contamination.semantic.Endpoints.MODEL;
import static dev.vlb.engine.contamination.semantic.Endpoints.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.vlb.engine.contamination.semantic.EmbeddingIndex.Neighbour;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exact search, checked against brute force, and the index file. */
class EmbeddingIndexTests {


  @TempDir
  Path folder;

  @Test
  void theNearestIsTheOneBruteForceFindsForRandomQueries() {
    Random random = new Random(17);
    float[][] rows = randomRows(random, 3000, 67);
    EmbeddingIndex index = index(rows);

    for (int query = 0; query < 50; query++) {
      float[] embedding = randomRows(random, 1, 67)[0];
      List<Integer> expected = bruteForce(rows, embedding);

      Neighbour nearest = index.nearest(embedding);

      assertThat(nearest.id()).isEqualTo("row-" + expected.get(0));
      assertThat(nearest.cosine()).isCloseTo(cosine(rows[expected.get(0)], embedding), within(1e-5));
      assertThat(index.nearest(embedding, 5)).extracting(Neighbour::id)
          .containsExactlyElementsOf(expected.subList(0, 5).stream().map(row -> "row-" + row).toList());
    }
  }

  @Test
  void aRowIsItsOwnNearestWithCosineOneWhateverTheQuerysLength() {
    float[][] rows = randomRows(new Random(3), 100, 32);
    EmbeddingIndex index = index(rows);
    float[] longer = rows[42].clone();
    for (int i = 0; i < longer.length; i++) {
      longer[i] *= 7.5f;
    }

    Neighbour nearest = index.nearest(longer);

    assertThat(nearest.id()).isEqualTo("row-42");
    assertThat(nearest.cosine()).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void ofEquallyNearRowsTheFirstComesFirstAndKBeyondTheCorpusGivesAll() {
    EmbeddingIndex index = index(new float[][] {unit(3, 1), unit(3, 0), unit(3, 2), unit(3, 0)});

    assertThat(index.nearest(unit(3, 0)).id()).isEqualTo("row-1");
    assertThat(index.nearest(new float[] {0.9f, 0.1f, 0f}, 10)).extracting(Neighbour::id)
        .containsExactly("row-1", "row-3", "row-0", "row-2");
  }

  @Test
  void anEmbeddingOfAnotherDimensionIsRefused() {
    EmbeddingIndex index = index(new float[][] {unit(4, 0)});

    assertThatThrownBy(() -> index.nearest(new float[3]))
        .isInstanceOf(IndexMismatchException.class)
        .hasMessage("An embedding of 3 dimensions cannot be searched in an index of 4 (model '" + MODEL + "')");
  }

  @Test
  void theFileHoldsModelIdsStampsAndEveryRowAsTheyWere() throws IOException {
    float[][] rows = randomRows(new Random(5), 200, 24);
    EmbeddingIndex index = index(rows);
    Path file = folder.resolve("index/corpus.vlbe");

    index.write(file);
    EmbeddingIndex read = EmbeddingIndex.read(file, MODEL);

    assertThat(read.model()).isEqualTo(MODEL);
    assertThat(read.stamps()).isEqualTo(index.stamps()).startsWith("1000:7");
    assertThat(read.dimension()).isEqualTo(24);
    assertThat(read.size()).isEqualTo(200);
    assertThat(read.ids()).isEqualTo(index.ids());
    assertThat(read.vectors()).isEqualTo(index.vectors());
    assertThat(Files.size(file)).isEqualTo(15 + 4 + (2 + MODEL.length()) + 4 + 4
        + IntStream.range(0, 200).map(row -> 2 + ("row-" + row).length() + 2 + (1000 + row + ":7").length()).sum()
        + 200 * 24 * 4L);
    assertThat(file.getParent().toFile().list()).as("no partial file left").containsExactly("corpus.vlbe");
  }

  @Test
  void aFileOfAnotherModelIsRefused() throws IOException {
    Path file = folder.resolve("corpus.vlbe");
    index(new float[][] {unit(2, 0)}).write(file);

    assertThatThrownBy(() -> EmbeddingIndex.read(file, "google/siglip-base-patch16-224"))
        .isInstanceOf(IndexMismatchException.class)
        .hasMessage(file + " holds embeddings of model '" + MODEL + "', not of 'google/siglip-base-patch16-224'; cosines across "
            + "models mean nothing: delete the file to embed the corpus with 'google/siglip-base-patch16-224'");
  }

  @Test
  void aTruncatedLongerForeignOrNewerFileIsRefused() throws IOException {
    Path file = folder.resolve("corpus.vlbe");
    index(new float[][] {unit(2, 0), unit(2, 1)}).write(file);
    Path truncated = folder.resolve("truncated.vlbe");
    Files.write(truncated, Arrays.copyOf(Files.readAllBytes(file), (int) Files.size(file) - 1));
    Path longer = folder.resolve("longer.vlbe");
    Files.write(longer, Arrays.copyOf(Files.readAllBytes(file), (int) Files.size(file) + 1));
    Path foreign = Files.writeString(folder.resolve("foreign.vlbe"), "{\"not\": \"an index\"}");
    try (RandomAccessFile newer = new RandomAccessFile(file.toFile(), "rw")) {
      newer.seek(15);
      newer.writeInt(3);
    }

    assertThatThrownBy(() -> EmbeddingIndex.read(truncated, MODEL))
        .isInstanceOf(IOException.class).hasMessage(truncated + " is truncated: delete it to embed the corpus again");
    assertThatThrownBy(() -> EmbeddingIndex.read(longer, MODEL))
        .isInstanceOf(IOException.class).hasMessage(longer + " is damaged: it goes on after its last row");
    assertThatThrownBy(() -> EmbeddingIndex.read(foreign, MODEL))
        .isInstanceOf(IOException.class).hasMessage(foreign + " is no embedding index");
    assertThatThrownBy(() -> EmbeddingIndex.read(file, MODEL))
        .isInstanceOf(IOException.class)
        .hasMessage(file + " is an embedding index of format version 3, this engine reads version 2: delete it to embed the corpus again");
  }

  static EmbeddingIndex index(float[][] rows) {
    int dimension = rows[0].length;
    float[] vectors = new float[rows.length * dimension];
    List<String> ids = new ArrayList<>();
    List<String> stamps = new ArrayList<>();
    for (int row = 0; row < rows.length; row++) {
      System.arraycopy(Vectors.normalised(rows[row]), 0, vectors, row * dimension, dimension);
      ids.add("row-" + row);
      stamps.add((1000 + row) + ":7");
    }
    return EmbeddingIndex.of(MODEL, ids, stamps, vectors);
  }

  static float[][] randomRows(Random random, int count, int dimension) {
    float[][] rows = new float[count][dimension];
    for (float[] row : rows) {
      for (int i = 0; i < dimension; i++) {
        row[i] = (float) random.nextGaussian();
      }
    }
    return rows;
  }

  /** Row numbers nearest first, by cosines computed in double precision. */
  private static List<Integer> bruteForce(float[][] rows, float[] query) {
    return IntStream.range(0, rows.length).boxed()
        .sorted(Comparator.comparingDouble((Integer row) -> cosine(rows[row], query)).reversed())
        .toList();
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
      aa += (double) a[i] * a[i];
      bb += (double) b[i] * b[i];
    }
    return dot / Math.sqrt(aa * bb);
  }
}
