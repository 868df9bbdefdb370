package dev.vlb.engine.contamination;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One image of a training corpus.
 *
 * @param id the manifest's id, else the path relative to the corpus folder (with {@code /})
 * @param path the image file, absolute and normalised
 * @param caption the manifest's caption; empty when none
 */
@API(status = INTERNAL, since = "0.1")
public record CorpusImage(String id, Path path, String caption) {

  public CorpusImage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    caption = caption == null ? "" : caption;
  }
}
