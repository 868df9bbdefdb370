package dev.vlb.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.bootstrap.Generation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a store holds for 1,000 variants of 100 items with 100 KB photographs, each item bootstrapped
 * by ten question chains: every image once, entries of about a kilobyte.
 */
class StoreFootprintTests {

  private static final int ITEMS = 100;
  private static final int IMAGE_BYTES = 100_000;
  private static final List<Chain> CHAINS = List.of(
      Chain.vanilla(), Chain.of(QuestionStrategy.WORD_SUBSTITUTION), Chain.of(QuestionStrategy.REPHRASE),
      Chain.of(QuestionStrategy.RELEVANT_CONTEXT), Chain.of(QuestionStrategy.IRRELEVANT_CONTEXT),
      Chain.of(QuestionStrategy.WORD_SUBSTITUTION, QuestionStrategy.IRRELEVANT_CONTEXT),
      Chain.of(QuestionStrategy.REPHRASE, QuestionStrategy.IRRELEVANT_CONTEXT),
      Chain.of(QuestionStrategy.REPHRASE, QuestionStrategy.RELEVANT_CONTEXT),
      Chain.of(QuestionStrategy.WORD_SUBSTITUTION, QuestionStrategy.RELEVANT_CONTEXT),
      Chain.of(QuestionStrategy.REPHRASE, QuestionStrategy.WORD_SUBSTITUTION));

  @TempDir
  Path folder;

  @Test
  void thousandVariantsOverAHundredImagesStoreEachImageOnceAndSmallEntries() throws IOException {
    VariantStore store = VariantStore.open(folder.resolve("store"));
    List<VariantKey> keys = new ArrayList<>();
    for (int item = 0; item < ITEMS; item++) {
      Sample original = TestVariants.original(item, TestVariants.bytes(item, IMAGE_BYTES));
      for (Chain chain : CHAINS) {
        VariantKey key = TestVariants.key(original, chain);
        store.put(key, rewritten(original, chain));
        keys.add(key);
      }
    }

    List<Path> images = files(folder.resolve("store/images"));
    List<Path> entries = files(folder.resolve("store/entries"));
    long imageBytes = size(images);
    long entryBytes = size(entries);
    long entryBlocks = entries.stream().mapToLong(StoreFootprintTests::blocks).sum();

    assertThat(images).hasSize(ITEMS);
    assertThat(imageBytes).isEqualTo((long) ITEMS * IMAGE_BYTES);
    assertThat(entries).hasSize(ITEMS * CHAINS.size());
    assertThat(entryBytes / entries.size()).isBetween(700L, 2_000L);

    VariantSet.Summary zip = store.export(keys, folder.resolve("set.zip"));
    VlmEvalKitTsv.Written tsv = VlmEvalKitTsv.write(folder.resolve("set.zip"), folder.resolve("set.tsv"));
    assertThat(zip.images()).isEqualTo(ITEMS);
    assertThat(tsv.rows()).isEqualTo(ITEMS * CHAINS.size());
    System.out.printf("variant store, %d variants over %d images of %d bytes: images %d bytes, entries %d bytes"
            + " (%d per entry; %d bytes in 4 KiB blocks), total %d bytes; set.zip %d bytes; VLMEvalKit TSV %d bytes%n",
        entries.size(), images.size(), IMAGE_BYTES, imageBytes, entryBytes, entryBytes / entries.size(), entryBlocks,
        imageBytes + entryBytes, Files.size(folder.resolve("set.zip")), Files.size(folder.resolve("set.tsv")));
  }

  /** A question rewrite as the generator records it: the item's image, the question or context changed. */
  private static Generation rewritten(Sample original, Chain chain) {
    if (chain.isVanilla()) {
      return new Generation.Generated(original, 0, List.of(), true, List.of());
    }
    Sample variant = original;
    List<Generation.Step> steps = new ArrayList<>();
    List<String> verdicts = new ArrayList<>();
    for (var strategy : chain.strategies()) {
      variant = strategy == QuestionStrategy.RELEVANT_CONTEXT || strategy == QuestionStrategy.IRRELEVANT_CONTEXT
          ? variant.withContext("A short paragraph of context written for " + strategy.code() + ". " + variant.context())
          : variant.withQuestion(variant.question().replace("colour", "color") + " (" + strategy.code() + ")");
      steps.add(new Generation.Step(strategy, 1, "Qwen2-VL-72B", Optional.empty(), Optional.empty()));
      verdicts.add(strategy.code() + " attempt 1: accepted: the answer is still B");
    }
    return new Generation.Generated(variant, chain.strategies().size(), verdicts, true, steps);
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile).toList();
    }
  }

  private static long size(List<Path> files) {
    return files.stream().mapToLong(file -> {
      try {
        return Files.size(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).sum();
  }

  private static long blocks(Path file) {
    try {
      return (Files.size(file) + 4095) / 4096 * 4096;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
