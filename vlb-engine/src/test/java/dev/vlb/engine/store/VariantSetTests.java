package dev.vlb.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.Generation;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantSetTests {

  @TempDir
  Path folder;

  private VariantStore store;
  private final List<VariantKey> keys = new ArrayList<>();
  private final List<Generation> generations = new ArrayList<>();

  /** Three items: V1+L4 each (own image), L2 each (the item's image), and one not generated. */
  @BeforeEach
  void storeVariants() throws IOException {
    store = VariantStore.open(folder.resolve("store"));
    for (int i = 0; i < 3; i++) {
      Sample original = TestVariants.original(i, TestVariants.bytes(i, 4_000));
      add(TestVariants.key(original, TestVariants.V1_L4), TestVariants.added(original, TestVariants.bytes(100 + i, 6_000)));
      add(TestVariants.key(original, TestVariants.L2), TestVariants.rephrased(original));
    }
    add(TestVariants.key(TestVariants.original(9, TestVariants.bytes(9, 100)), TestVariants.V1_L4), TestVariants.notGenerated());
  }

  private void add(VariantKey key, Generation generation) {
    store.put(key, generation);
    keys.add(key);
    generations.add(generation);
  }

  @Test
  void anExportedSetImportsIntoAnotherStoreWithTheSameKeysAndImages() throws IOException {
    VariantSet.Summary exported = store.export(keys, folder.resolve("set"));
    VariantStore other = VariantStore.open(folder.resolve("other"));

    VariantSet.Imported imported = VariantSet.importSet(folder.resolve("set"), other);

    assertThat(exported).isEqualTo(new VariantSet.Summary(folder.resolve("set"), 7, 6, 6, exported.manifestSha256()));
    assertThat(imported).isEqualTo(new VariantSet.Imported(exported, 0));
    assertThat(other.keys()).containsExactlyElementsOf(keys.stream().sorted().toList());
    for (int i = 0; i < keys.size(); i++) {
      assertThat(other.get(keys.get(i))).contains(generations.get(i));
    }
    assertThat(names(folder.resolve("other/images"))).isEqualTo(names(folder.resolve("store/images")));
    assertThat(names(folder.resolve("set/images"))).isEqualTo(names(folder.resolve("store/images")));
  }

  @Test
  void aZipSetVerifiesAndImportsLikeAFolder() throws IOException {
    VariantSet.Summary exported = store.export(keys, folder.resolve("frozen/set.zip"));

    VariantSet.Summary verified = VariantSet.verify(folder.resolve("frozen/set.zip"));
    VariantStore other = VariantStore.open(folder.resolve("other"));
    VariantSet.importSet(folder.resolve("frozen/set.zip"), other);

    assertThat(verified).isEqualTo(exported);
    assertThat(verified.manifestSha256()).isEqualTo(Digests.sha256(read(folder.resolve("frozen/set.zip"), "manifest.json")));
    assertThat(other.get(keys.get(0))).contains(generations.get(0));
    assertThat(names(folder.resolve("frozen"))).containsExactly("set.zip");
  }

  @Test
  void theManifestRecordsProvenanceAndTheDigestOfEveryFile() throws IOException {
    store.export(keys, folder.resolve("set"));

    JsonNode manifest = TestVariants.JSON.readTree(folder.resolve("set/manifest.json").toFile());

    assertThat(manifest.get("format").asText()).isEqualTo("vlb-variant-set/1");
    assertThat(manifest.get("createdWith").get("java.version").asText()).isEqualTo(System.getProperty("java.version"));
    assertThat(manifest.get("createdWith").get("java.vendor").asText()).isEqualTo(System.getProperty("java.vendor"));
    assertThat(manifest.get("createdWith").get("os.name").asText()).isEqualTo(System.getProperty("os.name"));
    assertThat(manifest.get("createdWith").get("os.arch").asText()).isEqualTo(System.getProperty("os.arch"));
    assertThat(Instant.parse(manifest.get("created").asText())).isBefore(Instant.now().plusSeconds(1));
    assertThat(manifest.get("fingerprints")).hasSize(1);
    assertThat(TestVariants.JSON.convertValue(manifest.get("fingerprints").get(0), Map.class)).isEqualTo(TestVariants.fingerprint());
    assertThat(manifest.get("variants").asInt()).isEqualTo(7);
    assertThat(manifest.get("notGenerated").asInt()).isEqualTo(1);
    assertThat(manifest.get("files")).hasSize(13);
    Path image = folder.resolve("set/images/" + Digests.sha256(TestVariants.bytes(100, 6_000).bytes()) + ".png");
    assertThat(manifest.get("files").get("images/" + image.getFileName()).asText())
        .isEqualTo(Digests.sha256(Files.readAllBytes(image)));
  }

  @Test
  void aSetWithOneChangedImageByteIsRefusedNamingItAndNothingIsImported() throws IOException {
    store.export(keys, folder.resolve("set"));
    String image = "images/" + Digests.sha256(TestVariants.bytes(101, 6_000).bytes()) + ".png";
    Path file = folder.resolve("set").resolve(image);
    byte[] bytes = Files.readAllBytes(file);
    bytes[3_000] ^= 0x10;
    Files.write(file, bytes);
    VariantStore other = VariantStore.open(folder.resolve("other"));

    assertThatThrownBy(() -> VariantSet.importSet(folder.resolve("set"), other))
        .isInstanceOf(InvalidVariantSetException.class)
        .hasMessageStartingWith("Variant set " + folder.resolve("set") + " refused: " + image
            + " does not match its SHA-256 in manifest.json (has " + Digests.sha256(bytes) + ")")
        .extracting(e -> ((InvalidVariantSetException) e).file()).isEqualTo(image);
    assertThat(other.keys()).isEmpty();
    assertThat(names(folder.resolve("other/images"))).isEmpty();
  }

  @Test
  void aSetWithAnEditedEntryIsRefusedNamingIt() throws IOException {
    store.export(keys, folder.resolve("set.zip"));
    String entry = EntryCodec.path(keys.get(1).hex());
    try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + folder.resolve("set.zip").toUri()), Map.of())) {
      Path file = zip.getPath(entry);
      Files.writeString(file, Files.readString(file).replace("Which colour does", "Which color does"));
    }

    assertThatThrownBy(() -> VariantSet.verify(folder.resolve("set.zip")))
        .isInstanceOf(InvalidVariantSetException.class)
        .hasMessageStartingWith("Variant set " + folder.resolve("set.zip") + " refused: " + entry
            + " does not match its SHA-256 in manifest.json");
  }

  @Test
  void aSetWithAMissingOrAnExtraFileIsRefusedNamingIt() throws IOException {
    store.export(keys, folder.resolve("set"));
    String entry = EntryCodec.path(keys.get(2).hex());
    Files.move(folder.resolve("set").resolve(entry), folder.resolve("moved.json"));

    assertThatThrownBy(() -> VariantSet.verify(folder.resolve("set")))
        .isInstanceOf(InvalidVariantSetException.class)
        .hasMessage("Variant set " + folder.resolve("set") + " refused: " + entry + " is missing");

    Files.move(folder.resolve("moved.json"), folder.resolve("set").resolve(entry));
    Files.writeString(folder.resolve("set/images/notes.txt"), "hello");

    assertThatThrownBy(() -> VariantSet.verify(folder.resolve("set")))
        .isInstanceOf(InvalidVariantSetException.class)
        .hasMessage("Variant set " + folder.resolve("set") + " refused: images/notes.txt is not listed in manifest.json (an extra file)");
  }

  @Test
  void aSetWhoseManifestWasEditedToMatchATamperedEntryIsStillRefusedByTheEntrysOwnChecksum() throws IOException {
    store.export(keys, folder.resolve("set"));
    String entry = EntryCodec.path(keys.get(1).hex());
    Path file = folder.resolve("set").resolve(entry);
    String before = Digests.sha256(Files.readAllBytes(file));
    Files.writeString(file, Files.readString(file).replace("\"answer\":\"B\"", "\"answer\":\"C\""));
    Path manifest = folder.resolve("set/manifest.json");
    Files.writeString(manifest, Files.readString(manifest).replace(before, Digests.sha256(Files.readAllBytes(file))));

    assertThatThrownBy(() -> VariantSet.verify(folder.resolve("set")))
        .isInstanceOf(InvalidVariantSetException.class)
        .hasMessageStartingWith("Variant set " + folder.resolve("set") + " refused: " + entry
            + " is damaged: checksum mismatch: recorded ");
  }

  @Test
  void importingReplacesAStoredVariantOfTheSameKeyWithTheSets() throws IOException {
    store.export(keys, folder.resolve("set"));
    VariantStore other = VariantStore.open(folder.resolve("other"));
    other.put(keys.get(1), TestVariants.notGenerated());

    VariantSet.Imported imported = VariantSet.importSet(folder.resolve("set"), other);

    assertThat(imported.replaced()).isEqualTo(1);
    assertThat(other.get(keys.get(1))).contains(generations.get(1));
  }

  @Test
  void exportingAnUnknownKeyOrOntoAnExistingTargetFailsAndLeavesNothing() throws IOException {
    VariantKey unknown = VariantKey.parse("ab".repeat(32));

    assertThatThrownBy(() -> store.export(List.of(keys.get(0), unknown), folder.resolve("set.zip")))
        .isInstanceOf(IOException.class)
        .hasMessage("Variant " + unknown + " is not in the store " + folder.resolve("store")
            + " (or is damaged: see the warning naming it)");
    assertThat(names(folder)).containsExactly("store");

    Files.createDirectory(folder.resolve("taken"));
    assertThatThrownBy(() -> store.export(keys, folder.resolve("taken")))
        .isInstanceOf(FileAlreadyExistsException.class)
        .hasMessage(folder.resolve("taken") + ": a variant set is written to a new folder or zip only");
  }

  private static List<String> names(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(path)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  private static byte[] read(Path zip, String entry) throws IOException {
    try (FileSystem archive = FileSystems.newFileSystem(zip)) {
      return Files.readAllBytes(archive.getPath(entry));
    }
  }
}
