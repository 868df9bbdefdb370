package dev.vlb.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * A benchmark format, found by its id through {@link java.util.ServiceLoader} (file
 * {@code META-INF/services/dev.vlb.api.spi.Dataset}). Entries stream: a dataset never holds
 * all of its items or images in memory, and it can be streamed again (discovery reads the ids, execution
 * reads the items).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface Dataset {

  /** The id suites name in {@code @Benchmark(dataset = ...)}, e.g. {@code mmbench}. */
  String id();

  /**
   * Streams the entries in dataset order; the caller closes the stream. A malformed row is a
   * {@link MalformedEntry}, not an exception.
   *
   * @throws DatasetException when the dataset as a whole cannot be opened (missing file, wrong layout)
   */
  Stream<DatasetEntry> entries(DatasetSource source) throws DatasetException;

  /** Image editors that know this dataset's images exactly (the synthetic world's), tried first. */
  default List<ImageEditor> imageEditors(DatasetSource source) {
    return List.of();
  }

  /** Question rewriters that know this dataset (e.g. a true scene description for L3), tried first. */
  default List<QuestionRewriter> questionRewriters(DatasetSource source) {
    return List.of();
  }

  /** A judge that knows this dataset's ground truth exactly, used instead of a configured one. */
  default Optional<Judge> judge(DatasetSource source) {
    return Optional.empty();
  }
}
