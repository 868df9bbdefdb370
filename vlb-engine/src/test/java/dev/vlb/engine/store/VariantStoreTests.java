package dev.vlb.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.bootstrap.Generation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantStoreTests {

  @TempDir
  Path folder;

  @Test
  void aGeneratedVariantComesBackAsItWasStored() throws IOException {
    VariantStore store = VariantStore.open(folder);
    Sample original = TestVariants.original(1, TestVariants.bytes(1, 5_000));
    Image edited = TestVariants.bytes(2, 7_000);
    Generation.Generated generated = TestVariants.added(original, edited);
    VariantKey key = TestVariants.key(original, TestVariants.V1_L4);

    store.put(key, generated);
    Generation read = VariantStore.open(folder).get(key).orElseThrow();

    assertThat(read).isEqualTo(generated);
    Generation.Generated variant = (Generation.Generated) read;
    assertThat(variant.sample().image().bytes()).isEqualTo(edited.bytes());
    assertThat(variant.steps().get(0).plan().orElseThrow().toString())
        .isEqualTo("{\"object\":\"a silver spoon\",\"box\":[412,300,520,371],\"reason\":\"away from the mugs\"}");
    assertThat(variant.steps().get(0).edit().orElseThrow().get("strength").asDouble()).isEqualTo(0.75);
    assertThat(variant.steps().get(1).plan()).isEmpty();
    assertThat(variant.sample().scene()).isNull();
  }

  @Test
  void aVariantThatCouldNotBeMadeIsStoredWithItsVerdicts() throws IOException {
    VariantStore store = VariantStore.open(folder);
    VariantKey key = TestVariants.key(TestVariants.original(1, TestVariants.bytes(1, 500)), TestVariants.V1_L4);

    store.put(key, TestVariants.notGenerated());

    assertThat(store.get(key)).contains(TestVariants.notGenerated());
    assertThat(((Generation.NotGenerated) store.get(key).orElseThrow()).verdicts()).hasSize(5)
        .startsWith("V1 attempt 1: rejected: covers the mug");
  }

  @Test
  void anUnknownKeyIsAbsent() throws IOException {
    VariantStore store = VariantStore.open(folder);

    assertThat(store.get(VariantKey.parse("0".repeat(64)))).isEmpty();
  }

  @Test
  void imagesAreStoredOnceByTheirDigestAndEntriesByTheirKey() throws IOException {
    VariantStore store = VariantStore.open(folder);
    Image photo = TestVariants.bytes(1, 3_000);
    Sample original = TestVariants.original(1, photo);
    VariantKey rephrased = TestVariants.key(original, TestVariants.L2);
    VariantKey vanilla = TestVariants.key(original, Chain.vanilla());

    store.put(rephrased, TestVariants.rephrased(original));
    store.put(vanilla, new Generation.Generated(original, 0, List.of(), true, List.of()));

    assertThat(files(folder.resolve("images")))
        .containsExactly("images/" + Digests.sha256(photo.bytes()) + ".png");
    assertThat(files(folder.resolve("entries"))).containsExactlyInAnyOrder(
        "entries/" + rephrased.hex().substring(0, 2) + "/" + rephrased.hex() + ".json",
        "entries/" + vanilla.hex().substring(0, 2) + "/" + vanilla.hex() + ".json");
    assertThat(store.keys()).containsExactlyElementsOf(Stream.of(rephrased, vanilla).sorted().toList());
  }

  @Test
  void entriesAreImmutableTheFirstWriterWins() throws IOException {
    VariantStore store = VariantStore.open(folder);
    Sample original = TestVariants.original(1, TestVariants.bytes(1, 500));
    VariantKey key = TestVariants.key(original, TestVariants.V1_L4);

    store.put(key, TestVariants.notGenerated());
    store.put(key, TestVariants.added(original, TestVariants.bytes(2, 500)));

    assertThat(store.get(key)).contains(TestVariants.notGenerated());
  }

  @Test
  void anItemOfAnotherDatasetWithTheSameContentGetsTheVariantUnderItsOwnId() throws IOException {
    VariantStore store = VariantStore.open(folder);
    Sample original = TestVariants.original(1, TestVariants.bytes(1, 500));
    store.put(TestVariants.key(original, TestVariants.L2), TestVariants.rephrased(original));
    Sample elsewhere = new Sample("seed-77", original.image(), original.context(), original.question(), original.choices(),
        original.answer(), original.type(), null);

    Generation read = store.get(TestVariants.key(elsewhere, TestVariants.L2)).orElseThrow();

    assertThat(((Generation.Generated) read).sample().id()).isEqualTo("seed-77");
    assertThat(((Generation.Generated) read).sample().question()).isEqualTo("Which colour does the left mug have?");
  }

  @Test
  void aKeyReadFromTextFindsVariantsButCannotStoreOne() throws IOException {
    VariantStore store = VariantStore.open(folder);
    Sample original = TestVariants.original(1, TestVariants.bytes(1, 500));
    VariantKey key = TestVariants.key(original, TestVariants.L2);
    store.put(key, TestVariants.rephrased(original));

    assertThat(store.get(VariantKey.parse(key.hex()))).contains(TestVariants.rephrased(original));
    assertThatThrownBy(() -> store.put(VariantKey.parse(key.hex()), TestVariants.notGenerated()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Variant key " + key.hex() + " was read from text; store variants under a key made by VariantKey.of");
  }

  @Test
  void aTruncatedEntryIsReportedSetAsideAndNotServedThenMadeAgain() throws IOException {
    VariantStore store = VariantStore.open(folder);
    Sample original = TestVariants.original(1, TestVariants.bytes(1, 500));
    VariantKey key = TestVariants.key(original, TestVariants.L2);
    store.put(key, TestVariants.rephrased(original));
    Path entry = folder.resolve(EntryCodec.path(key.hex()));
    byte[] whole = Files.readAllBytes(entry);
    Files.write(entry, Arrays.copyOf(whole, whole.length / 2));

    try (Warnings warnings = new Warnings()) {
      assertThat(store.get(key)).isEmpty();
      assertThat(warnings.messages()).singleElement().asString()
          .startsWith("Damaged variant store file " + entry + ": not a whole entry file (" + whole.length / 2 + " bytes); moved to "
              + folder.resolve("damaged").resolve("entries_" + key.hex().substring(0, 2) + "_" + key.hex() + ".json."));
    }
    assertThat(entry).doesNotExist();
    assertThat(files(folder.resolve("damaged"))).hasSize(1);

    store.put(key, TestVariants.rephrased(original));
    assertThat(store.get(key)).contains(TestVariants.rephrased(original));
  }

  @Test
  void anEditedEntryFailsItsChecksumAndIsNotServed() throws IOException {
    VariantStore store = VariantStore.open(folder);
    Sample original = TestVariants.original(1, TestVariants.bytes(1, 500));
    VariantKey key = TestVariants.key(original, TestVariants.L2);
    store.put(key, TestVariants.rephrased(original));
    Path entry = folder.resolve(EntryCodec.path(key.hex()));
    Files.writeString(entry, Files.readString(entry).replace("\"answer\":\"B\"", "\"answer\":\"C\""));

    try (Warnings warnings = new Warnings()) {
      assertThat(store.get(key)).isEmpty();
      assertThat(warnings.messages()).singleElement().asString()
          .startsWith("Damaged variant store file " + entry + ": checksum mismatch: recorded ");
    }
  }

  @Test
  void anEntryWhoseImageIsMissingOrChangedIsNotServed() throws IOException {
    VariantStore store = VariantStore.open(folder);
    Sample first = TestVariants.original(1, TestVariants.bytes(1, 500));
    Sample second = TestVariants.original(2, TestVariants.bytes(2, 500));
    Image firstEdited = TestVariants.bytes(11, 500);
    Image secondEdited = TestVariants.bytes(12, 500);
    VariantKey changed = TestVariants.key(first, TestVariants.V1_L4);
    VariantKey missing = TestVariants.key(second, TestVariants.V1_L4);
    store.put(changed, TestVariants.added(first, firstEdited));
    store.put(missing, TestVariants.added(second, secondEdited));
    Path changedImage = folder.resolve("images/" + Digests.sha256(firstEdited.bytes()) + ".png");
    byte[] bytes = Files.readAllBytes(changedImage);
    bytes[100] ^= 1;
    Files.write(changedImage, bytes);
    Files.delete(folder.resolve("images/" + Digests.sha256(secondEdited.bytes()) + ".png"));

    try (Warnings warnings = new Warnings()) {
      assertThat(store.get(changed)).isEmpty();
      assertThat(store.get(missing)).isEmpty();
      assertThat(warnings.messages()).hasSize(3);
      assertThat(warnings.messages().get(0)).startsWith("Damaged variant store file " + changedImage + ": its content has SHA-256 ");
      assertThat(warnings.messages().get(1)).startsWith("Damaged variant store file "
          + folder.resolve(EntryCodec.path(changed.hex())) + ": its image images/" + Digests.sha256(firstEdited.bytes())
          + ".png is damaged; moved to ");
      assertThat(warnings.messages().get(2)).startsWith("Damaged variant store file "
          + folder.resolve(EntryCodec.path(missing.hex())) + ": its image images/" + Digests.sha256(secondEdited.bytes())
          + ".png is missing; moved to ");
    }
    store.put(changed, TestVariants.added(first, firstEdited));
    assertThat(store.get(changed)).contains(TestVariants.added(first, firstEdited));
  }

  @Test
  void aVariantShowingItsItemsImageUnchangedIsServedWithoutItsImageFile() throws IOException {
    VariantStore store = VariantStore.open(folder);
    Sample original = TestVariants.original(1, TestVariants.bytes(1, 500));
    VariantKey key = TestVariants.key(original, TestVariants.L2);
    store.put(key, TestVariants.rephrased(original));
    Path image = folder.resolve("images/" + Digests.sha256(original.image().bytes()) + ".png");
    Files.delete(image);

    assertThat(store.get(key)).contains(TestVariants.rephrased(original));
    assertThat(store.get(VariantKey.parse(key.hex()))).isEmpty();
  }

  @Test
  void temporaryFilesAreIgnoredAndRemovedOnceAnHourOld() throws IOException {
    VariantStore.open(folder);
    Files.createDirectories(folder.resolve("entries/ab"));
    Path stale = Files.writeString(folder.resolve("entries/ab/.ab12.json.123.tmp"), "{\"sha256\":\"");
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofMinutes(61))));
    Path fresh = Files.write(folder.resolve("images/.cafe.png.456.tmp"), new byte[10]);

    VariantStore store = VariantStore.open(folder);

    assertThat(stale).doesNotExist();
    assertThat(fresh).exists();
    assertThat(store.keys()).isEmpty();
  }

  @Test
  void manyThreadsPuttingAndGettingOverlappingKeysNeverSeeHalfAnEntry() throws Exception {
    VariantStore store = VariantStore.open(folder);
    int variants = 40;
    int imageBytes = 30_000;
    int planBytes = 300_000; // entries large enough to be read while another thread writes them, were writes not atomic
    ExecutorService threads = Executors.newFixedThreadPool(16);
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int t = 0; t < 16; t++) {
      int offset = t % 2; // threads meet on the same keys at the same time
      tasks.add(() -> {
        int served = 0;
        for (int n = 0; n < variants * 3; n++) {
          int i = (n + offset) % variants;
          Optional<Generation> read = store.get(StoreWriter.key(i));
          if (read.isPresent()) {
            assertThat(read.get()).isEqualTo(StoreWriter.expected(i, imageBytes, planBytes));
            served++;
          } else {
            store.put(StoreWriter.key(i), StoreWriter.expected(i, imageBytes, planBytes));
          }
        }
        return served;
      });
    }
    try (Warnings warnings = new Warnings()) {
      int served = 0;
      for (Future<Integer> result : threads.invokeAll(tasks)) {
        served += result.get();
      }
      threads.shutdown();

      assertThat(served).isGreaterThanOrEqualTo(16 * variants * 3 - 16 * variants);
      assertThat(warnings.messages()).isEmpty();
    }
    assertThat(store.keys()).hasSize(variants);
    for (int i = 0; i < variants; i++) {
      assertThat(store.get(StoreWriter.key(i))).contains(StoreWriter.expected(i, imageBytes, planBytes));
    }
    assertThat(files(folder)).noneMatch(file -> file.endsWith(".tmp"));
  }

  /** Regular files under {@code root}, relative to the store's folder, with {@code /}. */
  private List<String> files(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile).map(path -> folder.relativize(path).toString().replace('\\', '/')).sorted().toList();
    }
  }
}
