package dev.vlb.engine.store;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ProviderNotFoundException;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * A frozen set of variants: what everyone evaluates on when scores are compared. A folder (or a zip of
 * the same layout) holding the entries and images of a {@link VariantStore}, byte for byte, and
 * {@code manifest.json}:
 *
 * <pre>
 * {
 *   "format": "vlb-variant-set/1",
 *   "created": "2025-01-31T12:00:00Z",
 *   "createdWith": {"java.version": ..., "java.vendor": ..., "os.name": ..., "os.arch": ...},
 *   "variants": 1000, "generated": 990, "notGenerated": 10, "images": 100,
 *   "fingerprints": [ {generation fingerprint as given to VariantKey.of}, ... ],
 *   "files": { "entries/ab/ab....json": "&lt;sha256&gt;", "images/cd....png": "&lt;sha256&gt;", ... }
 * }
 * </pre>
 *
 * A set verifies when every listed file is there with its SHA-256, no other file is, every entry's own
 * checksum holds, and every image an entry names is in the set. The manifest cannot vouch for itself:
 * publish its SHA-256 ({@link Summary#manifestSha256()}) beside scores so others can check they hold
 * the same set.
 */
@API(status = INTERNAL, since = "0.1")
public final class VariantSet {

  public static final String MANIFEST = "manifest.json";
  public static final String FORMAT = "vlb-variant-set/1";

  private static final Pattern ENTRY = Pattern.compile("entries/([0-9a-f]{2})/(\\1[0-9a-f]{62})\\.json");
  private static final Pattern IMAGE = Pattern.compile("images/([0-9a-f]{64})\\.[a-z0-9]{1,10}");
  private static final String[] PLATFORM = {"java.version", "java.vendor", "os.name", "os.arch"};

  /**
   * @param location the set's folder or zip file
   * @param variants entries in the set, {@code generated} of them variants and the rest not generated
   * @param manifestSha256 the SHA-256 of {@code manifest.json}, which names the set as a whole
   */
  @API(status = INTERNAL, since = "0.1")
  public record Summary(Path location, int variants, int generated, int images, String manifestSha256) {}

  /**
   * @param replaced entries the store held under the same key with other content, now the set's
   */
  @API(status = INTERNAL, since = "0.1")
  public record Imported(Summary set, int replaced) {}

  private VariantSet() {}

  /**
   * Checks every checksum of the set at {@code source} (a folder or a zip file).
   *
   * @throws InvalidVariantSetException naming the first file that is changed, missing or extra
   */
  public static Summary verify(Path source) throws IOException {
    try (Opened set = Opened.of(source)) {
      return verified(set).summary();
    }
  }

  /**
   * Verifies the set at {@code source} whole, then copies its images and entries into {@code into};
   * nothing is copied from a set that does not verify.
   *
   * @throws InvalidVariantSetException naming the file that is changed, missing or extra
   */
  public static Imported importSet(Path source, VariantStore into) throws IOException {
    try (Opened set = Opened.of(source)) {
      Verified verified = verified(set);
      Map<String, byte[]> entries = new LinkedHashMap<>();
      for (String entry : verified.entries()) {
        entries.put(entry, set.readChecked(entry, verified.files().get(entry)));
      }
      for (String image : verified.images()) {
        into.importImage(image, set.readChecked(image, verified.files().get(image)));
      }
      int replaced = 0;
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        replaced += into.importEntry(keyOf(entry.getKey()), entry.getValue()) ? 1 : 0;
      }
      return new Imported(verified.summary(), replaced);
    }
  }

  static Summary export(VariantStore store, Collection<VariantKey> keys, Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.exists(absolute)) {
      throw new FileAlreadyExistsException(absolute.toString(), null, "a variant set is written to a new folder or zip only");
    }
    Path folder = absolute.getParent();
    Files.createDirectories(folder);
    boolean zip = absolute.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    Path temporary = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + AtomicFiles.TEMPORARY_SUFFIX);
    try {
      Summary written;
      if (zip) {
        try (FileSystem archive = FileSystems.newFileSystem(temporary, Map.of("create", "true"))) {
          written = write(store, keys, archive.getPath("/"));
        }
      } else {
        written = write(store, keys, Files.createDirectory(temporary));
      }
      Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
      return new Summary(absolute, written.variants(), written.generated(), written.images(), written.manifestSha256());
    } finally {
      deleteTree(temporary);
    }
  }

  private static Summary write(VariantStore store, Collection<VariantKey> keys, Path root) throws IOException {
    SortedMap<String, String> files = new TreeMap<>();
    SortedMap<String, Map<String, String>> fingerprints = new TreeMap<>();
    int generated = 0;
    int images = 0;
    for (VariantKey key : new TreeSet<>(keys)) {
      VariantStore.Stored stored = store.read(key).orElseThrow(() -> new IOException(
          "Variant " + key + " is not in the store " + store.root() + " (or is damaged: see the warning naming it)"));
      files.put(EntryCodec.path(key.hex()), copy(stored.file(), root.resolve(EntryCodec.path(key.hex()))));
      if (stored.image().isPresent()) {
        generated++;
        String image = stored.image().get().path();
        if (!files.containsKey(image)) {
          files.put(image, copy(stored.imageBytes().orElseThrow(), root.resolve(image)));
          images++;
        }
      }
      Map<String, String> fingerprint = stored.provenance().fingerprint();
      fingerprints.put(json(EntryCodec.JSON.valueToTree(fingerprint)), fingerprint);
    }
    byte[] manifest = manifest(files, fingerprints.values(), files.size() - images, generated, images);
    Files.write(root.resolve(MANIFEST), manifest);
    return new Summary(root, files.size() - images, generated, images, Digests.sha256(manifest));
  }

  private static byte[] manifest(
      Map<String, String> files, Collection<Map<String, String>> fingerprints, int variants, int generated, int images) {
    ObjectNode manifest = EntryCodec.JSON.createObjectNode();
    manifest.put("format", FORMAT);
    manifest.put("created", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    ObjectNode platform = manifest.putObject("createdWith");
    for (String property : PLATFORM) {
      platform.put(property, System.getProperty(property, ""));
    }
    manifest.put("variants", variants).put("generated", generated).put("notGenerated", variants - generated).put("images", images);
    ArrayNode given = manifest.putArray("fingerprints");
    fingerprints.forEach(fingerprint -> given.add(EntryCodec.JSON.valueToTree(fingerprint)));
    ObjectNode listed = manifest.putObject("files");
    files.forEach(listed::put);
    try {
      return EntryCodec.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree always serialises", e);
    }
  }

  private static String copy(byte[] bytes, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return Digests.sha256(bytes);
  }

  /** What a verified set holds: its files and their digests, entries and images by relative path. */
  record Verified(Summary summary, SortedMap<String, String> files, List<String> entries, List<String> images) {}

  /**
   * Checks the whole set: manifest, every listed file's digest, no file unlisted, every entry whole and
   * its image present.
   */
  static Verified verified(Opened set) throws IOException {
    byte[] manifestBytes = set.read(MANIFEST);
    SortedMap<String, String> files = listedFiles(set, manifestBytes);
    for (String present : set.files()) {
      if (!present.equals(MANIFEST) && !files.containsKey(present)) {
        throw set.refused(present, "is not listed in " + MANIFEST + " (an extra file)");
      }
    }
    List<String> entries = new ArrayList<>();
    List<String> images = new ArrayList<>();
    for (Map.Entry<String, String> file : files.entrySet()) {
      String actual = set.digest(file.getKey());
      if (!actual.equals(file.getValue())) {
        throw set.refused(file.getKey(), "does not match its SHA-256 in " + MANIFEST + " (has " + actual + ")");
      }
      (ENTRY.matcher(file.getKey()).matches() ? entries : images).add(file.getKey());
    }
    int generated = 0;
    TreeSet<String> shown = new TreeSet<>();
    for (String entry : entries) {
      String image = imageOf(set, entry);
      if (!image.isEmpty()) {
        generated++;
        shown.add(image);
        if (!files.containsKey(image)) {
          throw set.refused(entry, "names image " + image + ", which is not in the set");
        }
      }
    }
    for (String image : images) {
      if (!shown.contains(image)) {
        throw set.refused(image, "is shown by no entry of the set (an extra file)");
      }
    }
    Summary summary = new Summary(set.location(), entries.size(), generated, images.size(), Digests.sha256(manifestBytes));
    return new Verified(summary, files, List.copyOf(entries), List.copyOf(images));
  }

  private static SortedMap<String, String> listedFiles(Opened set, byte[] manifestBytes) throws IOException {
    JsonNode manifest;
    try {
      manifest = EntryCodec.JSON.readTree(manifestBytes);
    } catch (IOException e) {
      throw set.refused(MANIFEST, "is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (manifest == null || !FORMAT.equals(manifest.path("format").asText()) || !manifest.path("files").isObject()) {
      throw set.refused(MANIFEST, "is not a manifest of format " + FORMAT);
    }
    SortedMap<String, String> files = new TreeMap<>();
    for (Map.Entry<String, JsonNode> field : manifest.get("files").properties()) {
      String path = field.getKey();
      Matcher image = IMAGE.matcher(path);
      if (!ENTRY.matcher(path).matches() && !image.matches()) {
        throw set.refused(path, "is listed in " + MANIFEST + " but is no entry or image path of a variant set");
      }
      String digest = field.getValue().asText();
      if (!Digests.isSha256(digest) || image.matches() && !image.group(1).equals(digest)) {
        throw set.refused(path, "is listed in " + MANIFEST + " with SHA-256 '" + digest + "', which is not its name's");
      }
      files.put(path, digest);
    }
    return files;
  }

  /** The image an entry shows, empty when it records no variant; checks the entry's own checksum. */
  private static String imageOf(Opened set, String entry) throws IOException {
    try {
      JsonNode body = EntryCodec.body(set.read(entry));
      if (!entry.equals(EntryCodec.path(EntryCodec.key(body)))) {
        throw set.refused(entry, "holds the entry of key " + EntryCodec.key(body));
      }
      return EntryCodec.image(body).map(ImageRef::path).orElse("");
    } catch (DamagedEntryException e) {
      throw set.refused(entry, "is damaged: " + e.getMessage());
    }
  }

  static String keyOf(String entryPath) {
    Matcher matcher = ENTRY.matcher(entryPath);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("Not an entry path: " + entryPath);
    }
    return matcher.group(2);
  }

  private static String json(JsonNode node) {
    try {
      return EntryCodec.JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree always serialises", e);
    }
  }

  private static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(each);
      }
    }
  }

  /** A set opened for reading: a folder, or a zip file's root; closing closes the zip. */
  static final class Opened implements AutoCloseable {
    private final Path location;
    private final Path root;
    private final FileSystem archive;

    private Opened(Path location, Path root, FileSystem archive) {
      this.location = location;
      this.root = root;
      this.archive = archive;
    }

    static Opened of(Path source) throws IOException {
      Path location = source.toAbsolutePath().normalize();
      if (Files.isDirectory(location)) {
        return new Opened(location, location, null);
      }
      if (!Files.isRegularFile(location)) {
        throw new NoSuchFileException(location.toString(), null, "no variant set folder or zip file there");
      }
      try {
        FileSystem archive = FileSystems.newFileSystem(location, (ClassLoader) null);
        return new Opened(location, archive.getPath("/"), archive);
      } catch (ProviderNotFoundException | ZipException e) {
        throw new IOException(location + " is neither a variant set folder nor a zip file", e);
      }
    }

    Path location() {
      return location;
    }

    Path root() {
      return root;
    }

    /** Every non-folder under the root, as a relative path with {@code /} separators. */
    List<String> files() throws IOException {
      try (Stream<Path> paths = Files.walk(root)) {
        return paths.filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
            .map(path -> root.relativize(path).toString().replace('\\', '/'))
            .sorted()
            .toList();
      }
    }

    byte[] read(String relative) throws IOException {
      Path file = root.resolve(relative);
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        throw refused(relative, "is missing");
      }
      return Files.readAllBytes(file);
    }

    /** The file's bytes, checked once more against {@code sha256} as they are read for use. */
    byte[] readChecked(String relative, String sha256) throws IOException {
      byte[] bytes = read(relative);
      if (!Digests.sha256(bytes).equals(sha256)) {
        throw refused(relative, "changed while the set was read");
      }
      return bytes;
    }

    /** The SHA-256 of a file, streamed, so that large images are never held whole to be checked. */
    String digest(String relative) throws IOException {
      Path file = root.resolve(relative);
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        throw refused(relative, "is missing");
      }
      MessageDigest digest = Digests.sha256();
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest());
    }

    InvalidVariantSetException refused(String relative, String problem) {
      return new InvalidVariantSetException(location, relative, problem);
    }

    @Override
    public void close() throws IOException {
      if (archive != null) {
        archive.close();
      }
    }
  }
}
