package dev.vlb.engine.dataset;

import dev.vlb.api.spi.Dataset;
import dev.vlb.api.spi.DatasetException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/** Where dataset files are: sources resolved against the working directory, images kept inside them. */
final class DatasetPaths {

  private static final String CLASSPATH = "classpath:";

  private DatasetPaths() {}

  /**
   * The file or folder a suite's {@code source} names: relative to the working directory, or
   * {@code classpath:} for resources (also inside jars).
   */
  static Path resolve(String location) throws DatasetException {
    if (location.isBlank()) {
      throw new DatasetException("The dataset needs a source: set @Benchmark(source = ...) to its file or folder");
    }
    Path path = location.startsWith(CLASSPATH) ? classpath(location.substring(CLASSPATH.length())) : Path.of(location);
    if (!Files.exists(path)) {
      throw new DatasetException("Dataset source " + location + " does not exist (resolved to " + path.toAbsolutePath() + ")");
    }
    return path;
  }

  /** A file or folder next to {@code base}'s folder (or inside it when {@code base} is a folder). */
  static Path inFolderOf(Path base, String name) {
    return (Files.isDirectory(base) ? base : parent(base)).resolve(name);
  }

  static Path parent(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? file.toAbsolutePath() : parent;
  }

  /**
   * {@code relative} resolved inside {@code root}; absolute paths, {@code ..} and links leading out of
   * the dataset's folder are refused.
   */
  static Path inside(Path root, String relative, String where) throws DatasetException {
    Path base = root.toAbsolutePath().normalize();
    Path resolved;
    try {
      resolved = base.resolve(relative).normalize();
    } catch (InvalidPathException e) {
      throw new DatasetException(where + ": image path '" + relative + "' is not a valid path", e);
    }
    boolean escapes = relative.startsWith("/") || relative.startsWith("\\") || !resolved.startsWith(base);
    if (!escapes && Files.exists(resolved)) {
      try {
        escapes = !resolved.toRealPath().startsWith(base.toRealPath());
      } catch (IOException e) {
        throw new DatasetException(where + ": cannot resolve image path '" + relative + "': " + e.getMessage(), e);
      }
    }
    if (escapes) {
      throw new DatasetException(where + ": image path '" + relative + "' leads outside the dataset folder " + root);
    }
    return resolved;
  }

  private static Path classpath(String resource) throws DatasetException {
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    URL url = Thread.currentThread().getContextClassLoader().getResource(name);
    if (url == null) {
      url = DatasetPaths.class.getClassLoader().getResource(name);
    }
    if (url == null) {
      throw new DatasetException("Dataset source classpath:" + resource + " is not on the class path");
    }
    try {
      if ("jar".equals(url.getProtocol())) {
        try {
          return FileSystems.getFileSystem(url.toURI()).provider().getPath(url.toURI());
        } catch (FileSystemNotFoundException e) {
          return FileSystems.newFileSystem(url.toURI(), Map.of()).provider().getPath(url.toURI());
        }
      }
      return Path.of(url.toURI());
    } catch (URISyntaxException | IOException e) {
      throw new DatasetException("Dataset source classpath:" + resource + " cannot be opened: " + e.getMessage(), e);
    }
  }
}
