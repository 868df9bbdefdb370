package dev.vlb.engine.dataset;

import dev.vlb.api.spi.DatasetException;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.ImageSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads MMBench images on demand from the TSV. A row may give, instead of base64, the index of the row
 * whose image it shares; only where each row starts is remembered (a few bytes per row), never images.
 */
final class MmbenchImages {

  /** Where a row starts in the file. */
  private record Position(long offset, int line) {}

  private static final int MAX_INDEX_LENGTH = 19;

  private final Path file;
  private final int indexColumn;
  private final int imageColumn;
  private final ImageLoader loader;
  private final Map<String, Position> positions = new ConcurrentHashMap<>();

  MmbenchImages(Path file, int indexColumn, int imageColumn, ImageLoader loader) {
    this.file = file;
    this.indexColumn = indexColumn;
    this.imageColumn = imageColumn;
    this.loader = loader;
  }

  void remember(String index, TsvReader.Row row) {
    positions.putIfAbsent(index, new Position(row.offset(), row.line()));
  }

  ImageSource source(String index, long offset, int line) {
    return () -> load(index, new Position(offset, line));
  }

  private Image load(String index, Position position) throws DatasetException {
    String where = file + ":" + position.line() + " (index " + index + ")";
    String image = read(position, where).field(imageColumn).strip();
    if (isReference(image)) {
      Position referenced = find(image, where);
      String target = read(referenced, where).field(imageColumn).strip();
      if (isReference(target)) {
        throw new DatasetException(where + ": image refers to row " + image + ", whose image is again a reference (" + target + ")");
      }
      image = target;
    }
    if (image.isEmpty()) {
      throw new DatasetException(where + ": field 'image' is empty");
    }
    return loader.base64(image, where);
  }

  /** A short all-digit value names another row; real base64 images are far longer. */
  private static boolean isReference(String image) {
    return !image.isEmpty() && image.length() <= MAX_INDEX_LENGTH && image.chars().allMatch(Character::isDigit);
  }

  private TsvReader.Row read(Position position, String where) throws DatasetException {
    try {
      return TsvReader.readAt(file, position.offset(), position.line());
    } catch (IOException e) {
      throw new DatasetException(where + ": cannot read the row again: " + e.getMessage(), e);
    }
  }

  /** The referenced row, scanning the file once more when it lies ahead of what was streamed. */
  private Position find(String index, String where) throws DatasetException {
    Position known = positions.get(index);
    if (known != null) {
      return known;
    }
    try (TsvReader reader = TsvReader.open(file)) {
      reader.next();
      for (TsvReader.Row row = reader.next(); row != null; row = reader.next()) {
        remember(row.field(indexColumn).strip(), row);
      }
    } catch (IOException e) {
      throw new DatasetException(where + ": cannot scan for row " + index + ": " + e.getMessage(), e);
    }
    Position found = positions.get(index);
    if (found == null) {
      throw new DatasetException(where + ": image refers to row " + index + ", which is not in the file");
    }
    return found;
  }
}
