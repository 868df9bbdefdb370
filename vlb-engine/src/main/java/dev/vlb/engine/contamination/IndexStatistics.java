package dev.vlb.engine.contamination;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * What building a {@link NearDuplicateIndex} did.
 *
 * @param images the corpus's images
 * @param hashed images this build read and hashed, or tried to: new or changed since the index file was
 *     written, or not in it (a file that could not even be found is tried again every time)
 * @param reused images whose hashes came from the index file, their path, size and modification time
 *     unchanged
 * @param skipped images that could not be read or decoded, each named with the reason; left out of
 *     the search
 */
@API(status = INTERNAL, since = "0.1")
public record IndexStatistics(int images, int hashed, int reused, List<Skipped> skipped) {

  public IndexStatistics {
    skipped = List.copyOf(skipped);
  }

  /** An image left out of the index, and why. */
  @API(status = INTERNAL, since = "0.1")
  public record Skipped(CorpusImage image, String problem) {}
}
