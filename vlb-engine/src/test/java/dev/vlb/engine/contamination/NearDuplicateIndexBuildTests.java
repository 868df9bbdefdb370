package dev.vlb.engine.contamination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.engine.contamination.IndexStatistics.Skipped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Building an index: hashed once, read back from its file, updated when the corpus changes. */
class NearDuplicateIndexBuildTests {

  @TempDir
  Path folder;

  private Path corpus;
  private Path indexFile;

  @BeforeEach
  void writeACorpus() throws IOException {
    corpus = Files.createDirectories(folder.resolve("corpus"));
    indexFile = folder.resolve("state/near-duplicates.bin");
    for (String name : new String[] {"fruits.jpg", "baboon.jpg", "home.jpg"}) {
      Files.write(corpus.resolve(name), Derived.photo(name).bytes());
    }
  }

  @Test
  void theFirstBuildHashesEveryImageAndWritesTheFile() throws IOException {
    NearDuplicateIndex index = NearDuplicateIndex.build(Corpus.folder(corpus), indexFile);

    assertThat(index.statistics()).isEqualTo(new IndexStatistics(3, 3, 0, List.of()));
    assertThat(index.size()).isEqualTo(3);
    assertThat(indexFile).isRegularFile();
    assertThat(folder.resolve("state")).isDirectoryNotContaining(file -> file.getFileName().toString().endsWith(".tmp"));
  }

  @Test
  void aSecondBuildReadsTheHashesInsteadOfHashingAndFindsTheSame() throws IOException {
    NearDuplicateIndex first = NearDuplicateIndex.build(Corpus.folder(corpus), indexFile);
    FileTime written = Files.getLastModifiedTime(indexFile);

    NearDuplicateIndex second = NearDuplicateIndex.build(Corpus.folder(corpus), indexFile);

    assertThat(second.statistics()).isEqualTo(new IndexStatistics(3, 0, 3, List.of()));
    assertThat(Files.getLastModifiedTime(indexFile)).as("unchanged, not written again").isEqualTo(written);
    assertThat(second.nearest(Derived.jpeg(Derived.photo("home.jpg"), 50)))
        .isEqualTo(first.nearest(Derived.jpeg(Derived.photo("home.jpg"), 50)))
        .map(Match::corpusId).contains("home.jpg");
  }

  @Test
  void aChangedCorpusHashesOnlyWhatIsNewOrChanged() throws IOException {
    NearDuplicateIndex.build(Corpus.folder(corpus), indexFile);
    Files.write(corpus.resolve("home.jpg"), Derived.photo("butterfly.jpg").bytes());
    Files.write(corpus.resolve("board.jpg"), Derived.photo("board.jpg").bytes());
    Files.delete(corpus.resolve("baboon.jpg"));

    NearDuplicateIndex updated = NearDuplicateIndex.build(Corpus.folder(corpus), indexFile);

    assertThat(updated.statistics()).isEqualTo(new IndexStatistics(3, 2, 1, List.of()));
    assertThat(updated.nearest(Derived.photo("butterfly.jpg"))).map(Match::corpusId).contains("home.jpg");
    assertThat(updated.nearest(Derived.photo("baboon.jpg"))).isEmpty();
    assertThat(NearDuplicateIndex.build(Corpus.folder(corpus), indexFile).statistics().reused()).isEqualTo(3);
  }

  /** Same size, same path: the modification time alone says the file changed. */
  @Test
  void aFileRewrittenInPlaceIsHashedAgain() throws IOException {
    NearDuplicateIndex.build(Corpus.folder(corpus), indexFile);
    Path home = corpus.resolve("home.jpg");
    Files.setLastModifiedTime(home, FileTime.from(Instant.parse("2001-02-03T04:05:06Z")));

    assertThat(NearDuplicateIndex.build(Corpus.folder(corpus), indexFile).statistics())
        .isEqualTo(new IndexStatistics(3, 1, 2, List.of()));
  }

  @Test
  void anIndexFileThatCannotBeReadIsBuiltAgain() throws IOException {
    NearDuplicateIndex.build(Corpus.folder(corpus), indexFile);
    byte[] whole = Files.readAllBytes(indexFile);
    Files.write(indexFile, Arrays.copyOf(whole, whole.length / 2));

    NearDuplicateIndex rebuilt = NearDuplicateIndex.build(Corpus.folder(corpus), indexFile);

    assertThat(rebuilt.statistics().hashed()).isEqualTo(3);
    assertThat(NearDuplicateIndex.build(Corpus.folder(corpus), indexFile).statistics().reused()).isEqualTo(3);
  }

  @Test
  void anImageThatCannotBeDecodedIsSkippedNamedAndTheRestIsIndexed() throws IOException {
    Files.writeString(corpus.resolve("broken.png"), "not a picture", StandardCharsets.US_ASCII);
    Path manifest = Files.writeString(folder.resolve("corpus.jsonl"),
        "{\"image\": \"corpus/fruits.jpg\", \"id\": \"f\"}\n"
            + "{\"image\": \"corpus/broken.png\", \"id\": \"b\"}\n"
            + "{\"image\": \"corpus/missing.jpg\", \"id\": \"m\"}\n");

    NearDuplicateIndex index = NearDuplicateIndex.build(Corpus.manifest(manifest), indexFile);

    CorpusImage broken = new CorpusImage("b", corpus.resolve("broken.png").toAbsolutePath(), "");
    CorpusImage missing = new CorpusImage("m", corpus.resolve("missing.jpg").toAbsolutePath(), "");
    assertThat(index.statistics().skipped()).containsExactly(
        new Skipped(broken, "not an image OpenCV can decode (13 bytes)"),
        new Skipped(missing, "no such file"));
    assertThat(index.size()).isEqualTo(1);
    assertThat(index.nearest(Derived.photo("fruits.jpg"))).map(Match::corpusId).contains("f");
    // The broken file is remembered as broken; the missing one is looked for again.
    NearDuplicateIndex again = NearDuplicateIndex.build(Corpus.manifest(manifest), indexFile);
    assertThat(again.statistics()).isEqualTo(new IndexStatistics(3, 1, 2, index.statistics().skipped()));
  }

  @Test
  void hashingOnAnExecutorGivesTheSameIndex() throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      NearDuplicateIndex parallel = NearDuplicateIndex.build(Corpus.folder(corpus), indexFile, pool);
      byte[] written = Files.readAllBytes(indexFile);
      Files.delete(indexFile);
      NearDuplicateIndex.build(Corpus.folder(corpus), indexFile);

      assertThat(parallel.statistics().hashed()).isEqualTo(3);
      assertThat(Files.readAllBytes(indexFile)).isEqualTo(written);
    } finally {
      pool.shutdownNow();
    }
  }
}
