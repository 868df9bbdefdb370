package dev.vlb.engine.dataset;

import dev.vlb.api.spi.Dataset;
import dev.vlb.api.spi.DatasetException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the files of a JSON benchmark release are: the JSON itself and its image folder. */
final class JsonDatasets {

  private static final List<String> IMAGE_EXTENSIONS = List.of(".jpg", ".png", ".jpeg");

  private JsonDatasets() {}

  /** The source itself when it is a file, else the release's file of that name inside the folder. */
  static Path file(Path source, String releaseName) throws DatasetException {
    if (!Files.isDirectory(source)) {
      return source;
    }
    Path file = source.resolve(releaseName);
    if (!Files.isRegularFile(file)) {
      throw new DatasetException("Dataset folder " + source + " has no " + releaseName + "; name the JSON file as source");
    }
    return file;
  }

  /** The first of the release's image folders that exists beside {@code json}, else its own folder. */
  static Path imageFolder(Path json, String... candidates) {
    return Stream.of(candidates)
        .map(name -> DatasetPaths.inFolderOf(json, name))
        .filter(Files::isDirectory)
        .findFirst()
        .orElse(DatasetPaths.parent(json));
  }

  /** The image's file name: as given, or with the extension the release leaves off its ids. */
  static String imageFile(Path folder, String name) {
    return Stream.concat(Stream.of(""), IMAGE_EXTENSIONS.stream())
        .map(extension -> name + extension)
        .filter(candidate -> exists(folder, candidate))
        .findFirst()
        .orElse(name);
  }

  private static boolean exists(Path folder, String name) {
    try {
      return Files.isRegularFile(folder.resolve(name));
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
