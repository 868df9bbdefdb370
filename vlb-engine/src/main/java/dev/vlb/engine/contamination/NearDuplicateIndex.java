package dev.vlb.engine.contamination;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.Image;
import dev.vlb.engine.bootstrap.image.Mats;
import dev.vlb.engine.contamination.FeatureMatch.Features;
import dev.vlb.engine.contamination.HammingIndex.Neighbour;
import dev.vlb.engine.contamination.IndexFile.Entry;
import dev.vlb.engine.contamination.IndexStatistics.Skipped;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;
import org.opencv.core.CvException;
import org.opencv.core.Mat;

/**
 * A training corpus indexed for near-duplicate search: is a benchmark image (or a bootstrapped variant
 * of it) a copy of a corpus image, resized, recompressed, cropped or colour-shifted?
 *
 * <p>Two stages. Every corpus image is hashed once ({@link PerceptualHash}, in {@link PerceptualHash#VIEWS}
 * views: the whole and five crops) and the hashes are kept in a file of the caller's choosing, so a
 * second build reads them and hashes only what is new or changed. A query is hashed the same way; the
 * corpus images whose hashes lie within {@link Thresholds#hammingRadius} are found by
 * {@link HammingIndex} without scanning the corpus. The nearest few are then read from disk and compared
 * ({@link FeatureMatch}): local features give a mapping from the corpus image onto the query (for pictures
 * with too few corners, the two nearest views give it), and the pixels say how much of the query the
 * mapped corpus image reproduces. No features of the corpus are kept.
 *
 * <p>Views compared: the query's whole with every view of a corpus image (the query is a crop of it) and
 * every view of the query with the corpus image's whole (the corpus holds a crop of the query). Crops
 * against crops would only add chance candidates.
 *
 * <p>Safe to search from several threads once built.
 */
@API(status = INTERNAL, since = "0.1")
public final class NearDuplicateIndex {

  private static final System.Logger LOG = System.getLogger(NearDuplicateIndex.class.getName());
  private static final int PROGRESS_EVERY = 10_000;

  private final List<CorpusImage> images;
  private final HammingIndex hashes;
  private final IndexStatistics statistics;

  private NearDuplicateIndex(List<CorpusImage> images, HammingIndex hashes, IndexStatistics statistics) {
    this.images = images;
    this.hashes = hashes;
    this.statistics = statistics;
  }

  /** {@link #build(Corpus, Path, Executor)} hashing on the calling thread. */
  public static NearDuplicateIndex build(Corpus corpus, Path indexFile) throws IOException {
    return build(corpus, indexFile, Runnable::run);
  }

  /**
   * The corpus indexed, with the hashes of {@code indexFile} where an image's path, size and
   * modification time are unchanged; the others are hashed on the executor, and the file is written again
   * if anything changed. An image that cannot be read or decoded is skipped with a warning naming it.
   */
  public static NearDuplicateIndex build(Corpus corpus, Path indexFile, Executor executor) throws IOException {
    Map<String, Entry> previous = previous(indexFile);
    List<CompletableFuture<Entry>> pending = new ArrayList<>();
    AtomicInteger progress = new AtomicInteger();
    int reused = 0;
    for (CorpusImage image : corpus.images()) {
      Optional<Entry> known = unchanged(image, previous);
      pending.add(known.map(CompletableFuture::completedFuture)
          .orElseGet(() -> CompletableFuture.supplyAsync(() -> hashed(image, corpus, progress), executor)));
      reused += known.isPresent() ? 1 : 0;
    }
    // By path: a manifest naming one file twice stores it once.
    Map<String, Entry> entries = new LinkedHashMap<>();
    List<CorpusImage> indexed = new ArrayList<>();
    List<long[]> views = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (int i = 0; i < pending.size(); i++) {
      CorpusImage image = corpus.images().get(i);
      Entry entry = join(pending.get(i));
      if (entry.size() >= 0) {
        entries.put(entry.path(), entry);
      }
      if (entry.hashed()) {
        indexed.add(image);
        views.add(entry.views());
      } else {
        LOG.log(System.Logger.Level.WARNING, "Corpus image {0} ({1}) skipped: {2}", image.id(), image.path(), entry.problem());
        skipped.add(new Skipped(image, entry.problem()));
      }
    }
    int hashed = corpus.images().size() - reused;
    if (hashed > 0 || entries.size() != previous.size()) {
      IndexFile.write(indexFile, List.copyOf(entries.values()));
    }
    IndexStatistics statistics = new IndexStatistics(corpus.images().size(), hashed, reused, skipped);
    return new NearDuplicateIndex(List.copyOf(indexed), HammingIndex.of(flatten(views)), statistics);
  }

  /** What the build did: how many images it hashed, how many it read from the file, which it skipped. */
  public IndexStatistics statistics() {
    return statistics;
  }

  /** How many corpus images can be found: those not skipped. */
  public int size() {
    return images.size();
  }

  /** {@link #nearest(Image, Thresholds)} with {@link Thresholds#DEFAULTS}. */
  public Optional<Match> nearest(Image query) {
    return nearest(query, Thresholds.DEFAULTS);
  }

  /**
   * The corpus image the query is most likely a copy of, or nothing when no hash lies within the radius.
   * The candidates are compared by local features nearest first; the first one flagged is returned, else
   * the one covering most of the query (on a tie, the nearer hash).
   *
   * @throws IllegalArgumentException when the query cannot be decoded
   */
  public Optional<Match> nearest(Image query, Thresholds thresholds) {
    return compared(query, thresholds, true).stream()
        .map(comparison -> comparison.match(thresholds))
        .reduce((best, next) -> better(next, best) ? next : best);
  }

  /**
   * A candidate compared with the query.
   *
   * @param distance the bits its hash differs in, over the views compared
   */
  record Comparison(CorpusImage image, int distance, FeatureMatch features) {

    /**
     * The similarity is the feature mapping's coverage when enough inliers vouch for it, else the views'
     * mapping's: that one only stands in for pictures with too few features.
     */
    Match match(Thresholds thresholds) {
      double similarity = features.inliers() >= thresholds.minInliers() ? features.coverage() : features.viewCoverage();
      return new Match(image.id(), distance, features.inliers(), similarity, similarity >= thresholds.minCoverage());
    }
  }

  /**
   * The candidates within the radius compared, nearest hash first, at most {@link Thresholds#maxCandidates};
   * with {@code stopWhenFlagged}, none after the first the thresholds flag.
   */
  List<Comparison> compared(Image query, Thresholds thresholds, boolean stopWhenFlagged) {
    try (Mats mats = new Mats()) {
      Mat grey = Pictures.grey(query.bytes(), mats);
      List<Candidate> candidates = candidates(PerceptualHash.views(grey, mats), thresholds);
      List<Comparison> comparisons = new ArrayList<>();
      if (candidates.isEmpty()) {
        return comparisons;
      }
      Features features = Features.of(grey, mats);
      for (Candidate candidate : candidates) {
        Optional<Comparison> comparison = compare(features, candidate);
        comparison.ifPresent(comparisons::add);
        if (stopWhenFlagged && comparison.map(found -> found.match(thresholds).flagged()).orElse(false)) {
          break;
        }
      }
      return comparisons;
    }
  }

  /** A corpus image found by its hash, and the two views whose hashes were nearest. */
  private record Candidate(int image, int distance, int queryView, int corpusView) {}

  /** The nearest corpus images within the radius, each once at its smallest distance over the views compared. */
  private List<Candidate> candidates(long[] queryViews, Thresholds thresholds) {
    Map<Integer, Candidate> nearest = new HashMap<>();
    for (int queryView = 0; queryView < queryViews.length; queryView++) {
      for (Neighbour neighbour : hashes.within(queryViews[queryView], thresholds.hammingRadius())) {
        int corpusView = neighbour.value() % PerceptualHash.VIEWS;
        if (queryView == 0 || corpusView == 0) {
          Candidate found = new Candidate(neighbour.value() / PerceptualHash.VIEWS, neighbour.distance(), queryView, corpusView);
          nearest.merge(found.image(), found, (known, other) -> other.distance() < known.distance() ? other : known);
        }
      }
    }
    return nearest.values().stream()
        .sorted(Comparator.comparingInt(Candidate::distance).thenComparingInt(Candidate::image))
        .limit(thresholds.maxCandidates())
        .toList();
  }

  /** The candidate read from disk and compared; nothing, with a warning, if it can no longer be read. */
  private Optional<Comparison> compare(Features query, Candidate candidate) {
    CorpusImage image = images.get(candidate.image());
    try (Mats mats = new Mats()) {
      Features features = Features.of(Pictures.grey(Files.readAllBytes(image.path()), mats), mats);
      Mat viewMapping = PerceptualHash.viewMapping(features.grey(), candidate.corpusView(), query.grey(), candidate.queryView(), mats);
      return Optional.of(new Comparison(image, candidate.distance(), FeatureMatch.between(query, features, viewMapping, mats)));
    } catch (IOException | IllegalArgumentException | CvException e) {
      LOG.log(System.Logger.Level.WARNING, "Corpus image {0} ({1}) could not be read again: {2}", image.id(), image.path(), e.toString());
      return Optional.empty();
    }
  }

  private static boolean better(Match match, Match than) {
    if (match.flagged() != than.flagged()) {
      return match.flagged();
    }
    if (match.similarity() != than.similarity()) {
      return match.similarity() > than.similarity();
    }
    return match.hammingDistance() < than.hammingDistance();
  }

  private static Map<String, Entry> previous(Path indexFile) {
    if (!Files.exists(indexFile)) {
      return Map.of();
    }
    try {
      return IndexFile.read(indexFile);
    } catch (EOFException e) {
      LOG.log(System.Logger.Level.WARNING, "Near-duplicate index {0} not used, every image is hashed again: it ends early", indexFile);
      return Map.of();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "Near-duplicate index {0} not used, every image is hashed again: {1}", indexFile, e.toString());
      return Map.of();
    }
  }

  private static Optional<Entry> unchanged(CorpusImage image, Map<String, Entry> previous) {
    Entry known = previous.get(key(image));
    if (known == null) {
      return Optional.empty();
    }
    try {
      BasicFileAttributes attributes = Files.readAttributes(image.path(), BasicFileAttributes.class);
      return known.sameFile(attributes.size(), modified(attributes)) ? Optional.of(known) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** {@link #hash}, saying every {@value #PROGRESS_EVERY} images how far hashing a large corpus has come. */
  private static Entry hashed(CorpusImage image, Corpus corpus, AtomicInteger progress) {
    Entry entry = hash(image);
    int done = progress.incrementAndGet();
    if (done % PROGRESS_EVERY == 0) {
      LOG.log(System.Logger.Level.INFO, "{0}: {1} of {2} images hashed", corpus.source(), done, corpus.images().size());
    }
    return entry;
  }

  /**
   * The image's hashes, or why there are none. A file that cannot even be listed gets size -1 and is not
   * written to the index, so it is tried again next time.
   */
  private static Entry hash(CorpusImage image) {
    String key = key(image);
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(image.path(), BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return new Entry(key, -1, -1, null, "no such file");
    } catch (IOException e) {
      return new Entry(key, -1, -1, null, "cannot be read: " + e);
    }
    try (Mats mats = new Mats()) {
      long[] views = PerceptualHash.views(Pictures.grey(Files.readAllBytes(image.path()), mats), mats);
      return new Entry(key, attributes.size(), modified(attributes), views, "");
    } catch (IOException e) {
      return new Entry(key, attributes.size(), modified(attributes), null, "cannot be read: " + e);
    } catch (IllegalArgumentException | CvException e) {
      return new Entry(key, attributes.size(), modified(attributes), null, String.valueOf(e.getMessage()));
    }
  }

  private static String key(CorpusImage image) {
    return image.path().toAbsolutePath().normalize().toString();
  }

  private static long modified(BasicFileAttributes attributes) {
    return attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
  }

  private static Entry join(CompletableFuture<Entry> pending) throws IOException {
    try {
      return pending.join();
    } catch (CompletionException e) {
      throw new IOException("Hashing a corpus image failed", e.getCause());
    }
  }

  private static long[] flatten(List<long[]> views) {
    long[] all = new long[views.size() * PerceptualHash.VIEWS];
    for (int image = 0; image < views.size(); image++) {
      System.arraycopy(views.get(image), 0, all, image * PerceptualHash.VIEWS, PerceptualHash.VIEWS);
    }
    return all;
  }
}
