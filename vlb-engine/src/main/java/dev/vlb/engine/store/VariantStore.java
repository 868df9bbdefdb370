package dev.vlb.engine.store;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.Generation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Generated variants on disk, generated once and reused by every later run, model and machine that
 * shares the folder. Both outcomes are kept: a variant and the verdicts that made it, or why none
 * could be made, so a re-run asks no planner, editor or judge again.
 *
 * <p>Layout under the root folder:
 *
 * <pre>
 * images/&lt;sha256&gt;.png|.jpg            every image once, named by the SHA-256 of its bytes
 * entries/&lt;2 hex&gt;/&lt;key&gt;.json          one entry per {@link VariantKey}: text fields, image reference,
 *                                      attempts, verdicts, steps, and a checksum of itself
 * damaged/                             entries and images found damaged, moved aside for inspection
 * </pre>
 *
 * See {@link EntryCodec} for the entry format.
 *
 * <p>Entries are immutable. Every file is written whole or not at all (a temporary file in the same
 * folder, forced to disk, then renamed), the image before the entry that names it, so that processes
 * killed mid-write leave at most stray {@code .*.tmp} files, which readers ignore and {@link #open}
 * removes once an hour old. Any number of threads and processes may read and write one store at once
 * without a lock: writers of the same key race to rename the same name, and readers see one whole
 * entry or the other. Only {@link VariantSet#importSet} replaces an entry, with one from a verified set.
 *
 * <p>What {@link #get} serves is checked: the entry's checksum, its key, and the SHA-256 of its image.
 * A damaged entry is never served: a warning names the file, the file moves to {@code damaged/}, and
 * {@code get} answers empty so that the caller generates the variant again.
 *
 * <p>A served {@link Sample} has no {@link Sample#scene()} ({@code null}): dataset-specific ground truth
 * is not stored, and a caller that needs it restores it from the original item.
 */
@API(status = INTERNAL, since = "0.1")
public final class VariantStore {

  /** Where a suite keeps its store unless configured otherwise. */
  public static final Path DEFAULT_DIRECTORY = Path.of("target", "vlb", "variants");

  static final String DAMAGED = "damaged";

  private static final System.Logger LOG = System.getLogger(VariantStore.class.getName());

  private final Path root;

  private VariantStore(Path root) {
    this.root = root;
  }

  /**
   * Opens (creating it when absent) the store under {@code root} and removes temporary files that
   * writers killed over an hour ago left behind.
   */
  public static VariantStore open(Path root) throws IOException {
    Path absolute = root.toAbsolutePath().normalize();
    Files.createDirectories(absolute.resolve(ImageRef.FOLDER));
    Files.createDirectories(absolute.resolve(EntryCodec.FOLDER));
    VariantStore store = new VariantStore(absolute);
    store.sweep(Instant.now());
    return store;
  }

  public Path root() {
    return root;
  }

  /**
   * The stored outcome for {@code key}, or empty when there is none or it was damaged (then a warning
   * names the file). A generated sample carries the item id of {@code key} when it was made by
   * {@link VariantKey#of}: items of other datasets with the same content share the entry.
   *
   * @throws UncheckedIOException when the store cannot be read at all (not for a missing entry)
   */
  public Optional<Generation> get(VariantKey key) {
    return read(key).map(stored -> stored.generation(key));
  }

  /**
   * Stores {@code generation} under {@code key} unless an entry is there already (entries are
   * immutable; a concurrent writer of the same key may win).
   *
   * @param key a key made by {@link VariantKey#of}, which knows the item and chain it stands for
   * @throws IllegalArgumentException when {@code key} was parsed from text and so does not know them
   * @throws UncheckedIOException when the store cannot be written
   */
  public void put(VariantKey key, Generation generation) {
    write(key, generation, false);
  }

  /**
   * Stores {@code generation} under {@code key} in place of any entry there, for a run that was told to
   * generate again; a reader sees the old entry or the new one, whole.
   *
   * @throws IllegalArgumentException when {@code key} was parsed from text and so does not know its item
   * @throws UncheckedIOException when the store cannot be written
   */
  public void replace(VariantKey key, Generation generation) {
    write(key, generation, true);
  }

  private void write(VariantKey key, Generation generation, boolean replace) {
    VariantKey.Provenance provenance = key.provenance().orElseThrow(() -> new IllegalArgumentException(
        "Variant key " + key + " was read from text; store variants under a key made by VariantKey.of"));
    Path entry = resolve(EntryCodec.path(key.hex()));
    try {
      if (!replace && Files.exists(entry)) {
        return;
      }
      Optional<ImageRef> image = Optional.empty();
      if (generation instanceof Generation.Generated generated) {
        Image shown = generated.sample().image();
        byte[] bytes = shown.bytes();
        ImageRef ref = ImageRef.of(shown, Digests.sha256(bytes));
        AtomicFiles.writeIfAbsent(resolve(ref.path()), bytes);
        image = Optional.of(ref);
      }
      byte[] encoded = EntryCodec.encode(key, provenance, generation, image);
      if (replace) {
        AtomicFiles.replace(entry, encoded);
      } else {
        AtomicFiles.writeIfAbsent(entry, encoded);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write variant store entry " + entry + ": " + e.getMessage(), e);
    }
  }

  /** The keys of every entry file present, in order, without checking the entries. */
  public List<VariantKey> keys() {
    List<VariantKey> keys = new ArrayList<>();
    try (DirectoryStream<Path> shards = Files.newDirectoryStream(resolve(EntryCodec.FOLDER), Files::isDirectory)) {
      for (Path shard : shards) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(shard, "*.json")) {
          for (Path entry : entries) {
            String name = entry.getFileName().toString();
            String hex = name.substring(0, name.length() - ".json".length());
            if (Digests.isSha256(hex)) {
              keys.add(VariantKey.parse(hex));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list variant store " + root + ": " + e.getMessage(), e);
    }
    keys.sort(null);
    return keys;
  }

  /**
   * Freezes the variants of {@code keys} into a self-contained set: a folder, or a zip file when
   * {@code target} ends in {@code .zip}. See {@link VariantSet}.
   *
   * @throws IOException when a key has no (undamaged) entry, naming it, or the set cannot be written
   */
  public VariantSet.Summary export(Collection<VariantKey> keys, Path target) throws IOException {
    return VariantSet.export(this, keys, target);
  }

  /** An entry and its image as they are on disk, both checked; empty when absent or damaged. */
  Optional<Stored> read(VariantKey key) {
    String relative = EntryCodec.path(key.hex());
    Path file = resolve(relative);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read variant store entry " + file + ": " + e.getMessage(), e);
    }
    try {
      JsonNode body = EntryCodec.body(bytes);
      if (!EntryCodec.key(body).equals(key.hex())) {
        throw new DamagedEntryException("it holds the entry of key " + EntryCodec.key(body));
      }
      Optional<ImageRef> image = EntryCodec.image(body);
      Optional<byte[]> imageBytes = image.isPresent() ? Optional.of(imageBytes(image.get(), key)) : Optional.empty();
      Generation generation = EntryCodec.generation(body, imageBytes);
      return Optional.of(new Stored(bytes, image, imageBytes, generation, EntryCodec.provenance(body)));
    } catch (DamagedEntryException e) {
      setAside(relative, e.getMessage());
      return Optional.empty();
    }
  }

  /** The item's own bytes when the entry shows its image unchanged, else the image file's, checked. */
  private byte[] imageBytes(ImageRef image, VariantKey key) throws DamagedEntryException {
    Optional<byte[]> items = key.itemImageBytes(image.sha256());
    if (items.isPresent() && items.get().length == image.size()) {
      return items.get();
    }
    Path file = resolve(image.path());
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new DamagedEntryException("its image " + image.path() + " is missing");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read variant store image " + file + ": " + e.getMessage(), e);
    }
    String actual = Digests.sha256(bytes);
    if (!actual.equals(image.sha256()) || bytes.length != image.size()) {
      setAside(image.path(), "its content has SHA-256 " + actual + " and " + bytes.length + " bytes");
      throw new DamagedEntryException("its image " + image.path() + " is damaged");
    }
    return bytes;
  }

  /** Writes an image of a verified set ({@code images/<sha256>.<ext>}) unless the store has it. */
  void importImage(String relative, byte[] bytes) throws IOException {
    AtomicFiles.writeIfAbsent(resolve(relative), bytes);
  }

  /**
   * Writes an entry file of a verified set; an existing entry of the key with other content is
   * replaced, because the set is what the importer means to evaluate on.
   *
   * @return whether an entry with other content was replaced
   */
  boolean importEntry(String key, byte[] file) throws IOException {
    Path entry = resolve(EntryCodec.path(key));
    if (!Files.exists(entry)) {
      AtomicFiles.replace(entry, file);
      return false;
    }
    if (Arrays.equals(Files.readAllBytes(entry), file)) {
      return false;
    }
    AtomicFiles.replace(entry, file);
    return true;
  }

  private void setAside(String relative, String why) {
    Path file = resolve(relative);
    Path aside = resolve(DAMAGED).resolve(relative.replace('/', '_') + "." + System.currentTimeMillis());
    String where;
    try {
      Files.createDirectories(aside.getParent());
      Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
      where = "moved to " + aside;
    } catch (NoSuchFileException e) {
      where = "already moved by another reader";
    } catch (IOException e) {
      where = deleted(file) ? "deleted" : "left in place (cannot move or delete it: " + e.getMessage() + ")";
    }
    LOG.log(Level.WARNING, "Damaged variant store file " + file + ": " + why + "; " + where
        + "; the variant will be generated again");
  }

  private static boolean deleted(Path file) {
    try {
      return Files.deleteIfExists(file);
    } catch (IOException e) {
      return false;
    }
  }

  private void sweep(Instant now) throws IOException {
    AtomicFiles.sweep(resolve(ImageRef.FOLDER), now);
    try (DirectoryStream<Path> shards = Files.newDirectoryStream(resolve(EntryCodec.FOLDER), Files::isDirectory)) {
      for (Path shard : shards) {
        AtomicFiles.sweep(shard, now);
      }
    }
  }

  private Path resolve(String relative) {
    return root.resolve(relative);
  }

  /** One entry as read and checked: the file's bytes, its image (generated only), what it records. */
  record Stored(
      byte[] file, Optional<ImageRef> image, Optional<byte[]> imageBytes, Generation generation, VariantKey.Provenance provenance) {

    /** The generation, its sample named as {@code key}'s item when the key knows it. */
    Generation generation(VariantKey key) {
      return key.provenance().map(known -> renamed(generation, known.itemId())).orElse(generation);
    }

    private static Generation renamed(Generation generation, String itemId) {
      if (generation instanceof Generation.Generated generated && !generated.sample().id().equals(itemId)) {
        Sample s = generated.sample();
        Sample named = new Sample(itemId, s.image(), s.context(), s.question(), s.choices(), s.answer(), s.type(), s.scene());
        return new Generation.Generated(named, generated.attempts(), generated.verdicts(), generated.judged(), generated.steps());
      }
      return generation;
    }
  }
}
