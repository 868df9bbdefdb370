package dev.vlb.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.api.spi.Sample;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantsCliTests {

  @TempDir
  Path folder;

  private VariantKey added;
  private VariantKey rephrased;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void storeTwoVariants() throws IOException {
    VariantStore store = VariantStore.open(folder.resolve("store"));
    Sample original = TestVariants.original(1, TestVariants.png(1, 24, 16));
    added = TestVariants.key(original, TestVariants.V1_L4);
    rephrased = TestVariants.key(original, TestVariants.L2);
    store.put(added, TestVariants.added(original, TestVariants.png(2, 24, 16)));
    store.put(rephrased, TestVariants.rephrased(original));
  }

  @Test
  void exportFromAKeysFileThenVerifyImportAndConvert() throws IOException {
    Files.writeString(folder.resolve("keys.txt"), "# the hard ones\n" + added + "\n\n" + rephrased.hex().toUpperCase(Locale.ROOT) + "\n");

    assertThat(run("export", "--store", dir("store"), "--keys", dir("keys.txt"), "--out", dir("set.zip"))).isZero();
    VariantSet.Summary set = VariantSet.verify(folder.resolve("set.zip"));
    assertThat(output()).isEqualTo("exported 2 variants (2 generated, 2 images) to " + folder.resolve("set.zip")
        + "; manifest sha256 " + set.manifestSha256() + "\n");

    assertThat(run("verify", "--in", dir("set.zip"))).isZero();
    assertThat(output()).isEqualTo("verified 2 variants (2 generated, 2 images) in " + folder.resolve("set.zip")
        + "; manifest sha256 " + set.manifestSha256() + "\n");

    assertThat(run("import", "--in", dir("set.zip"), "--store", dir("other"))).isZero();
    assertThat(output()).isEqualTo("imported 2 variants (2 images) from " + folder.resolve("set.zip") + " into "
        + folder.resolve("other") + "; 0 replaced; manifest sha256 " + set.manifestSha256() + "\n");
    assertThat(VariantStore.open(folder.resolve("other")).keys()).containsExactlyInAnyOrder(added, rephrased);

    assertThat(run("tsv", "--in", dir("set.zip"), "--out", dir("tsv/set.tsv"))).isZero();
    assertThat(output()).isEqualTo("wrote 2 rows to " + folder.resolve("tsv/set.tsv") + " (0 entries not generated, without a row)\n");
    assertThat(Files.readAllLines(folder.resolve("tsv/set.tsv"))).hasSize(3);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void exportTakesTheVariantKeysOfAResultsJournal() throws IOException {
    Files.writeString(folder.resolve("results.jsonl"), String.join("\n",
        "{\"item\":\"mmbench-1\",\"variant\":\"V1+L4\",\"outcome\":\"passed\",\"variantKey\":\"" + added + "\"}",
        "{\"item\":\"mmbench-1\",\"variant\":\"L2\",\"outcome\":\"failed\",\"variantKey\":\"" + rephrased + "\"}",
        "{\"suite\":\"MmbenchRobustnessTests\",\"gate\":\"passed\"}",
        "{\"item\":\"mmbench-1\",\"variant\":\"V1+L4\",\"outcome\":\"passed\",\"variantKey\":\"" + added + "\"}", ""));

    assertThat(run("export", "--store", dir("store"), "--results", dir("results.jsonl"), "--out", dir("set"))).isZero();

    assertThat(VariantSet.verify(folder.resolve("set")).variants()).isEqualTo(2);
  }

  @Test
  void aTamperedSetFailsWithOneLineNamingTheFile() throws IOException {
    run("export", "--store", dir("store"), "--keys", keys(added), "--out", dir("set"));
    Path entry = folder.resolve("set").resolve(EntryCodec.path(added.hex()));
    Files.writeString(entry, Files.readString(entry).replace("silver spoon", "golden spoon"));

    for (String command : List.of("verify", "import", "tsv")) {
      String[] args = switch (command) {
        case "verify" -> new String[] {"verify", "--in", dir("set")};
        case "import" -> new String[] {"import", "--in", dir("set"), "--store", dir("other")};
        default -> new String[] {"tsv", "--in", dir("set"), "--out", dir("set.tsv")};
      };

      assertThat(run(args)).as(command).isEqualTo(1);
      assertThat(errors()).as(command).matches("vlb-variants: Variant set " + folder.resolve("set") + " refused: "
          + EntryCodec.path(added.hex()) + " does not match its SHA-256 in manifest.json \\(has [0-9a-f]{64}\\)\n");
    }
    assertThat(VariantStore.open(folder.resolve("other")).keys()).isEmpty();
    assertThat(folder.resolve("set.tsv")).doesNotExist();
  }

  @Test
  void failuresNameTheMissingKeyOrFileOrBadLine() throws IOException {
    VariantKey unknown = VariantKey.parse("cd".repeat(32));

    assertThat(run("export", "--store", dir("store"), "--keys", keys(unknown), "--out", dir("set"))).isEqualTo(1);
    assertThat(errors()).isEqualTo("vlb-variants: Variant " + unknown + " is not in the store " + folder.resolve("store")
        + " (or is damaged: see the warning naming it)\n");

    assertThat(run("verify", "--in", dir("nowhere.zip"))).isEqualTo(1);
    assertThat(errors()).isEqualTo("vlb-variants: No such file or folder: " + folder.resolve("nowhere.zip")
        + " (no variant set folder or zip file there)\n");

    Files.writeString(folder.resolve("bad-keys.txt"), added + "\nnot-a-key\n");
    assertThat(run("export", "--store", dir("store"), "--keys", dir("bad-keys.txt"), "--out", dir("set"))).isEqualTo(1);
    assertThat(errors()).isEqualTo("vlb-variants: " + folder.resolve("bad-keys.txt") + ":2: Not a variant key (64 hex digits): 'not-a-key'\n");

    Files.writeString(folder.resolve("results.jsonl"), "{\"variantKey\":\"" + added + "\"}\n{broken\n");
    assertThat(run("export", "--store", dir("store"), "--results", dir("results.jsonl"), "--out", dir("set"))).isEqualTo(1);
    assertThat(errors()).isEqualTo("vlb-variants: " + folder.resolve("results.jsonl") + ":2: not a JSON record\n");

    Files.writeString(folder.resolve("not-a-set.zip"), "hello");
    assertThat(run("verify", "--in", dir("not-a-set.zip"))).isEqualTo(1);
    assertThat(errors()).isEqualTo("vlb-variants: " + folder.resolve("not-a-set.zip") + " is neither a variant set folder nor a zip file\n");
    assertThat(output()).isEmpty();
  }

  @Test
  void aWrongCommandLineExitsWithTwoAndTheUsage() {
    assertThat(run("export", "--store", dir("store"), "--out", dir("set"))).isEqualTo(2);
    assertThat(errors()).startsWith("vlb-variants: 'export' needs exactly one of --keys and --results\nusage: vlb-variants export ");

    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(errors()).startsWith("vlb-variants: unknown command 'frobnicate'\n");

    assertThat(run("verify", "--in")).isEqualTo(2);
    assertThat(errors()).startsWith("vlb-variants: option --in needs a value\n");

    assertThat(run("import", "--in", dir("set"))).isEqualTo(2);
    assertThat(errors()).startsWith("vlb-variants: 'import' needs --store\n");

    assertThat(run()).isEqualTo(2);
    assertThat(errors()).startsWith("vlb-variants: no command given\n");
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return VariantsCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  private String errors() {
    return err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  private String dir(String name) {
    return folder.resolve(name).toString();
  }

  private String keys(VariantKey... keys) throws IOException {
    Path file = Files.createTempFile(folder, "keys", ".txt");
    Files.writeString(file, String.join("\n", Arrays.stream(keys).map(VariantKey::hex).toList()));
    return file.toString();
  }
}
