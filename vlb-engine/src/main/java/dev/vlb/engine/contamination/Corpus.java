package dev.vlb.engine.contamination;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The images a model was trained on, to be compared with a benchmark's: a folder of image files, or a
 * manifest naming them. Listing a corpus reads no image; whether a file can be decoded is found when it
 * is indexed, and one that cannot is skipped there, named.
 */
@API(status = INTERNAL, since = "0.1")
public final class Corpus {

  /** The file names taken from a folder: what OpenCV decodes (WebP where its build reads it). */
  private static final Pattern IMAGE_NAME = Pattern.compile("(?i).+\\.(png|jpe?g|webp)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path source;
  private final List<CorpusImage> images;

  private Corpus(Path source, List<CorpusImage> images) {
    this.source = source;
    this.images = List.copyOf(images);
  }

  /** A folder read as {@link #folder}, any other file as a {@link #manifest}. */
  public static Corpus at(Path path) throws IOException {
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toAbsolutePath().toString(), null, "no such folder or manifest");
    }
    return Files.isDirectory(path) ? folder(path) : manifest(path);
  }

  /**
   * Every {@code .png}, {@code .jpg}, {@code .jpeg} and {@code .webp} file under the folder, at any depth,
   * in path order; hidden files and folders (whose names start with a dot) are left out. An image's id is its path
   * relative to the folder, with {@code /} between names.
   */
  public static Corpus folder(Path folder) throws IOException {
    Path root = folder.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new IOException("Corpus folder " + root + " does not exist or is not a folder");
    }
    try (Stream<Path> files = Files.walk(root)) {
      List<CorpusImage> images = files
          .filter(file -> IMAGE_NAME.matcher(file.getFileName().toString()).matches() && !hidden(root.relativize(file))
              && Files.isRegularFile(file))
          .sorted()
          .map(file -> new CorpusImage(root.relativize(file).toString().replace('\\', '/'), file, ""))
          .toList();
      return new Corpus(root, images);
    }
  }

  /** Whether a name on the way is hidden: a dot file, or anything in a dot folder (.git, .thumbnails). */
  private static boolean hidden(Path relative) {
    for (Path name : relative) {
      if (name.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A JSON Lines file, one image per line: {@code {"image": "path", "id": "...", "caption": "..."}} with
   * {@code id} (string or number) and {@code caption} optional; a relative path is resolved against the
   * manifest's folder, and an image without an id takes its path as written. Blank lines are skipped.
   *
   * @throws InvalidCorpusException naming every line that is not such an object or repeats an id
   */
  public static Corpus manifest(Path manifest) throws IOException {
    Path file = manifest.toAbsolutePath().normalize();
    Path folder = file.getParent();
    List<CorpusImage> images = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, Integer> lineOfId = new HashMap<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int line = 0;
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        try {
          CorpusImage image = image(JSON.readTree(text), folder);
          Integer first = lineOfId.putIfAbsent(image.id(), line);
          if (first != null) {
            throw new IllegalArgumentException("id '" + image.id() + "' is already used on line " + first);
          }
          images.add(image);
        } catch (JsonProcessingException e) {
          problems.add("line " + line + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
          problems.add("line " + line + ": " + e.getMessage());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidCorpusException(file, problems);
    }
    return new Corpus(file, images);
  }

  private static CorpusImage image(JsonNode record, Path folder) {
    if (!record.isObject()) {
      throw new IllegalArgumentException("expected a JSON object, found " + kind(record));
    }
    String image = text(record, "image");
    if (image.isBlank()) {
      throw new IllegalArgumentException("field 'image' is missing");
    }
    String id = text(record, "id").strip();
    try {
      return new CorpusImage(id.isEmpty() ? image : id, folder.resolve(image).normalize(), text(record, "caption"));
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("field 'image' is not a path: " + e.getReason(), e);
    }
  }

  /** A field's text, empty when absent or null; numbers as written. */
  private static String text(JsonNode record, String field) {
    JsonNode value = record.get(field);
    if (value != null && value.isContainerNode()) {
      throw new IllegalArgumentException("field '" + field + "' is " + kind(value) + ", expected text");
    }
    return value == null || value.isNull() ? "" : value.asText();
  }

  private static String kind(JsonNode value) {
    String kind = value.getNodeType().name().toLowerCase(Locale.ROOT);
    return (kind.startsWith("a") || kind.startsWith("o") ? "an " : "a ") + kind;
  }

  /** The folder or manifest file the corpus was read from, absolute. */
  public Path source() {
    return source;
  }

  /** The images in folder or manifest order. */
  public List<CorpusImage> images() {
    return images;
  }

  @Override
  public String toString() {
    return "Corpus[" + source + ", " + images.size() + " images]";
  }
}
