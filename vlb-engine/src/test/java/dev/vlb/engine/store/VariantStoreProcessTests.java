package dev.vlb.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.engine.bootstrap.Generation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Other JVMs writing the store: at once, and killed with SIGKILL mid-write. */
class VariantStoreProcessTests {

  @TempDir
  Path store;

  @Test
  void twoJvmsWritingTheSameEntriesAtOnceLeaveEveryEntryIntact() throws Exception {
    int imageBytes = 200_000;
    int planBytes = 500_000; // large, so that the two writers overlap inside files, not only between them
    Process first = writer(0, 40, imageBytes, planBytes);
    Process second = writer(0, 40, imageBytes, planBytes);

    assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(first.exitValue()).isZero();
    assertThat(second.exitValue()).isZero();
    assertThat(new String(first.getInputStream().readAllBytes()).strip()).isEqualTo("done");
    assertThat(new String(second.getInputStream().readAllBytes()).strip()).isEqualTo("done");

    VariantStore opened = VariantStore.open(store);
    try (Warnings warnings = new Warnings()) {
      assertThat(opened.keys()).hasSize(40);
      for (int i = 0; i < 40; i++) {
        assertThat(opened.get(StoreWriter.key(i))).contains(StoreWriter.expected(i, imageBytes, planBytes));
      }
      assertThat(warnings.messages()).isEmpty();
    }
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  void aWriterKilledMidWriteLeavesNoHalfEntryServed() throws Exception {
    int imageBytes = 6_000_000;
    int planBytes = 6_000_000;
    Process writer = writer(0, 1_000, imageBytes, planBytes);
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (entryFiles().size() < 3 && writer.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    // kill as the next entry starts to be written: a temporary file here, the entry itself were writes not atomic
    List<Path> before = entryFolderFiles();
    while (before.containsAll(entryFolderFiles()) && writer.isAlive() && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    writer.destroyForcibly();
    assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(writer.exitValue()).isEqualTo(137); // 128 + SIGKILL: killed, not finished
    List<Path> entries = entryFiles();
    assertThat(entries).hasSizeGreaterThanOrEqualTo(3).hasSizeLessThan(1_000);
    for (Path entry : entries) {
      assertThat(whole(entry)).as("entry %s is whole", entry).isTrue();
    }
    for (Path image : imageFiles()) {
      assertThat(Digests.sha256(Files.readAllBytes(image)) + ".png").as("image %s is whole", image)
          .isEqualTo(image.getFileName().toString());
    }

    // whatever the kill cut, plus a temporary file as a kill leaves it and one whole entry truncated
    Path cut = entries.get(0);
    byte[] whole = Files.readAllBytes(cut);
    Files.write(cut, Arrays.copyOf(whole, whole.length - 40));
    Files.write(cut.resolveSibling("." + cut.getFileName() + ".998877.tmp"), Arrays.copyOf(whole, 100));

    VariantStore opened = VariantStore.open(store);
    try (Warnings warnings = new Warnings()) {
      int served = 0;
      for (int i = 0; i < entries.size() + 2; i++) {
        Optional<Generation> read = opened.get(StoreWriter.key(i));
        if (read.isPresent()) {
          assertThat(read.get()).isEqualTo(StoreWriter.expected(i, imageBytes, planBytes));
          served++;
        }
      }
      assertThat(served).isEqualTo(entries.size() - 1);
      assertThat(warnings.messages()).singleElement().asString()
          .startsWith("Damaged variant store file " + cut + ": not a whole entry file (" + (whole.length - 40) + " bytes)");
    }
    assertThat(opened.keys()).hasSize(entries.size() - 1);
    System.out.println("killed after " + entries.size() + " entries; temporary files left by the kill and planted: "
        + temporaryFiles());
  }

  private static boolean whole(Path entry) throws IOException {
    try {
      EntryCodec.body(Files.readAllBytes(entry));
      return true;
    } catch (DamagedEntryException e) {
      return false;
    }
  }

  private Process writer(int from, int count, int imageBytes, int planBytes) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), StoreWriter.class.getName(),
        store.toString(), Integer.toString(from), Integer.toString(count), Integer.toString(imageBytes),
        Integer.toString(planBytes))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  private List<Path> entryFiles() throws IOException {
    return files().stream().filter(path -> path.getFileName().toString().endsWith(".json")
        && !AtomicFiles.isTemporary(path)).sorted().toList();
  }

  private List<Path> entryFolderFiles() throws IOException {
    return files().stream().filter(path -> path.startsWith(store.resolve("entries"))).toList();
  }

  private List<Path> imageFiles() throws IOException {
    return files().stream().filter(path -> path.getParent().getFileName().toString().equals("images")
        && !AtomicFiles.isTemporary(path)).toList();
  }

  private List<Path> temporaryFiles() throws IOException {
    return files().stream().filter(AtomicFiles::isTemporary).toList();
  }

  private List<Path> files() throws IOException {
    if (!Files.isDirectory(store)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(store)) {
      return new ArrayList<>(paths.filter(Files::isRegularFile).toList());
    }
  }
}
