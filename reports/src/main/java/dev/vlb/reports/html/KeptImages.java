package dev.vlb.reports.html;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The images of the engine's variant stores, for the page to embed: each store keeps every image once
 * as {@code images/<sha256>.<png|jpg|...>}, named by the SHA-256 of its bytes, which is what a results
 * line's {@code imageSha256} names. Only the stores' files are read, never the engine's classes.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class KeptImages {

  /** The name the engine gives its store, next to {@code results.jsonl} in {@code target/vlb}. */
  public static final String STORE_NAME = "variants";

  static final String FOLDER = "images";

  /** An image above this is not embedded: twenty of them would make a page no browser opens quickly. */
  static final long MAX_BYTES = 2L * 1024 * 1024;

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  // What a browser shows in an <img>; another extension (the engine writes "bin" for unknown types) is not shown.
  private static final Map<String, String> MEDIA_TYPES = Map.of(
      "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif", "webp", "image/webp",
      "bmp", "image/bmp");

  private final List<Path> stores;

  private KeptImages(List<Path> stores) {
    this.stores = List.copyOf(stores);
  }

  /** No store: every image shows as not kept. */
  public static KeptImages none() {
    return new KeptImages(List.of());
  }

  /** The stores to look in, in order; one that does not exist holds nothing. */
  public static KeptImages in(List<Path> stores) {
    return new KeptImages(stores);
  }

  public List<Path> stores() {
    return stores;
  }

  /**
   * The images found, as {@code data:} URIs by digest, in the order of {@code digests}; a digest that is
   * not a SHA-256, not in any store, too large or of a type no browser shows is left out.
   *
   * @throws UncheckedIOException when a store's folder or an image in it cannot be read
   */
  Map<String, String> dataUris(Collection<String> digests) {
    Map<String, String> found = new LinkedHashMap<>();
    for (String digest : digests) {
      if (SHA256.matcher(digest).matches() && !found.containsKey(digest)) {
        find(digest).ifPresent(file -> found.put(digest, dataUri(file)));
      }
    }
    return found;
  }

  private Optional<Path> find(String digest) {
    for (Path store : stores) {
      Path folder = store.resolve(FOLDER);
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, digest + ".*")) {
        for (Path file : files) {
          if (mediaType(file).isPresent() && Files.size(file) <= MAX_BYTES) {
            return Optional.of(file);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list " + folder + ": " + e.getMessage(), e);
      }
    }
    return Optional.empty();
  }

  private static String dataUri(Path file) {
    try {
      return "data:" + mediaType(file).orElseThrow() + ";base64,"
          + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static Optional<String> mediaType(Path file) {
    String name = file.getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return Optional.ofNullable(MEDIA_TYPES.get(extension));
  }
}
