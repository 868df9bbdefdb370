package dev.vlb.engine.contamination;

import dev.vlb.api.spi.Image;
import dev.vlb.engine.bootstrap.image.Mats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Measures the near-duplicate check and chooses its {@link Thresholds#DEFAULTS}; prints figures, asserts
 * nothing. Not a test: run it by hand (10,000 images took 1.5 to 5 minutes on 2 shared cores).
 *
 * <pre>
 * mvn -B -o -q -pl vlb-engine -am test-compile
 * mvn -B -o -q -pl vlb-engine dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp vlb-engine/target/test-classes:vlb-engine/target/classes:$(cat cp.txt) \
 *     dev.vlb.engine.contamination.NearDuplicateEvaluation [corpus size] [queries per category]
 * </pre>
 *
 * <p>The corpus, written as JPEG and PNG files to a temporary folder: crops of the example photographs
 * at random offsets and sizes, each turned a little, scaled, colour-jittered; and synthetic scenes of
 * random shapes. Every photograph gives its corpus crops from one part (the first 60% of its width or
 * height), so that crops of the rest overlap no corpus image by more than a tenth of the photograph:
 * those are the hard negatives. Three photographs give no corpus image at all.
 *
 * <p>Queries: positives are corpus images changed as a copy would be (categories below); negatives are
 * the hard crops, crops of the held-out photographs, new synthetic scenes, and corpus images outpainted
 * to 1.5 times their size (V3's default, not a near-duplicate by our definition: the corpus image
 * covers 44% of it).
 */
final class NearDuplicateEvaluation {

  private static final String[] PHOTOS = {
    "baboon.jpg", "fruits.jpg", "home.jpg", "butterfly.jpg", "squirrel_cls.jpg", "starry_night.jpg", "apple.jpg",
    "orange.jpg", "board.jpg", "stuff.jpg", "HappyFish.jpg", "pca_test1.jpg", "aero1.jpg", "leuvenA.jpg", "graf1.png",
    "aloeL.jpg", "Blender_Suzanne1.jpg", "licenseplate_motion.jpg", "left.jpg", "ela_original.jpg", "text_defocus.jpg",
    "chicky_512.png", "cards.png", "rubberwhale1.png", "basketball1.png", "box_in_scene.png", "sudoku.png", "pic1.png",
    "pic3.png", "detect_blob.png", "left01.jpg", "notes.png", "opencv-logo.png", "digits.png",
    "messi5.jpg", "building.jpg", "smarties.png",
  };
  /** The last photographs give no corpus image: their crops are negatives of a photograph of their own. */
  private static final int HELD_OUT = 3;
  private static final double CORPUS_PART = 0.6;
  private static final double NEGATIVE_FROM = 0.5;

  /** The radius, inlier and coverage values the sweep tries; the widest radius is searched once. */
  private static final int[] RADII = {6, 8, 10, 12, 14, 16};
  private static final int[] INLIERS = {6, 8, 10, 12, 15, 20, 25};
  private static final double[] COVERAGES = {0.35, 0.45, 0.5, 0.55, 0.65};

  private record Query(String category, boolean positive, Image image) {}

  private record Outcome(Query query, List<NearDuplicateIndex.Comparison> candidates, long nanos, Optional<Match> chosen) {}

  private NearDuplicateEvaluation() {}

  public static void main(String[] args) throws Exception {
    int corpusSize = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int perCategory = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    Path work = Files.createTempDirectory("vlb-near-duplicates");
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try (Mats photos = new Mats()) {
      run(work, corpusSize, perCategory, pool, photos);
    } finally {
      pool.shutdownNow();
      try (Stream<Path> files = Files.walk(work)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private static void run(Path work, int corpusSize, int perCategory, ExecutorService pool, Mats photoPixels) throws Exception {
    SplittableRandom random = new SplittableRandom(2025);
    List<Mat> photos = new ArrayList<>();
    for (String name : PHOTOS) {
      Path file = Derived.DATA.resolve(name);
      if (Files.isRegularFile(file)) {
        photos.add(Derived.decode(Files.readAllBytes(file), photoPixels));
      }
    }
    int sources = photos.size() - HELD_OUT;
    Path folder = Files.createDirectories(work.resolve("corpus"));
    long start = System.nanoTime();
    int photoImages = corpusSize * 6 / 10;
    List<Future<?>> writes = new ArrayList<>();
    for (int i = 0; i < corpusSize; i++) {
      long seed = random.nextLong();
      int n = i;
      writes.add(pool.submit(() -> writeCorpusImage(folder, n, n < photoImages ? photos.get(n % sources) : null, n % sources, seed)));
    }
    for (Future<?> write : writes) {
      write.get();
    }
    System.out.printf(Locale.ROOT, "corpus: %d images (%d photo crops from %d photographs, %d synthetic scenes), written in %.1f s%n",
        corpusSize, photoImages, sources, corpusSize - photoImages, seconds(start));

    Corpus corpus = Corpus.folder(folder);
    Path indexFile = work.resolve("index.bin");
    start = System.nanoTime();
    NearDuplicateIndex first = NearDuplicateIndex.build(corpus, indexFile, pool);
    double firstSeconds = seconds(start);
    start = System.nanoTime();
    NearDuplicateIndex second = NearDuplicateIndex.build(Corpus.folder(folder), indexFile, pool);
    double secondSeconds = seconds(start);
    System.out.printf(Locale.ROOT, "index, first build:  %.1f s on %d threads (hashed %d, skipped %d), file %.1f MB%n", firstSeconds,
        Runtime.getRuntime().availableProcessors(), first.statistics().hashed(), first.statistics().skipped().size(),
        Files.size(indexFile) / 1e6);
    System.out.printf(Locale.ROOT, "index, second build: %.2f s (listing the folder and reading the file; hashed %d, reused %d)%n",
        secondSeconds, second.statistics().hashed(), second.statistics().reused());
    hammingWork(indexFile, random);

    List<Query> queries = queries(corpus, photos, sources, perCategory, random);
    int widest = RADII[RADII.length - 1];
    Thresholds sweep = new Thresholds(widest, Thresholds.DEFAULTS.maxCandidates(), Thresholds.DEFAULTS.minInliers(), 1);
    List<Outcome> outcomes = new ArrayList<>();
    for (Query query : queries) {
      long began = System.nanoTime();
      Optional<Match> chosen = second.nearest(query.image());
      long nanos = System.nanoTime() - began;
      outcomes.add(new Outcome(query, second.compared(query.image(), sweep, false), nanos, chosen));
    }
    lookupTimes(outcomes);
    categories(outcomes);
    sweep(outcomes);
  }

  /** How many stored hashes a search compares in full, as a share of all: the index's sub-linearity on real hashes. */
  private static void hammingWork(Path indexFile, SplittableRandom random) throws IOException {
    long[] all = IndexFile.read(indexFile).values().stream().filter(IndexFile.Entry::hashed)
        .flatMapToLong(entry -> Arrays.stream(entry.views())).toArray();
    HammingIndex index = HammingIndex.of(all);
    StringBuilder line = new StringBuilder("hash search work (hashes compared in full / hashes stored), mean of 1,000 stored hashes as queries:");
    for (int radius : RADII) {
      long visited = 0;
      for (int i = 0; i < 1000; i++) {
        visited += index.visits(all[random.nextInt(all.length)], radius);
      }
      line.append(String.format(Locale.ROOT, " r%d %.2f%%", radius, 100.0 * visited / 1000 / all.length));
    }
    System.out.println(line + " (of " + all.length + ")");
  }

  private static void writeCorpusImage(Path folder, int n, Mat photo, int source, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    try (Mats mats = new Mats()) {
      Mat pixels = photo == null ? scene(random, mats) : jittered(corpusCrop(photo, source, random, mats), random, mats);
      Image image = random.nextInt(5) == 0 ? Derived.png(pixels, mats) : Derived.jpeg(pixels, 70 + random.nextInt(26), mats);
      String extension = image.mediaType().equals("image/png") ? ".png" : ".jpg";
      Path file = folder.resolve(String.format(Locale.ROOT, "%03d/%05d%s", n % 100, n, extension));
      Files.createDirectories(file.getParent());
      Files.write(file, image.bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A crop inside the photograph's corpus part: the first 60% of its width (even sources) or height (odd). */
  private static Mat corpusCrop(Mat photo, int source, SplittableRandom random, Mats mats) {
    return crop(photo, source % 2 == 0, 0, CORPUS_PART, random, mats);
  }

  /** A crop inside the photograph's negative part, which overlaps the corpus part by a tenth of it. */
  private static Mat negativeCrop(Mat photo, int source, SplittableRandom random, Mats mats) {
    return crop(photo, source % 2 == 0, NEGATIVE_FROM, 1, random, mats);
  }

  private static Mat crop(Mat photo, boolean alongWidth, double from, double to, SplittableRandom random, Mats mats) {
    int length = alongWidth ? photo.cols() : photo.rows();
    int across = alongWidth ? photo.rows() : photo.cols();
    int partStart = (int) (length * from);
    int partLength = (int) (length * to) - partStart;
    int along = (int) (partLength * (0.6 + 0.4 * random.nextDouble()));
    int wide = (int) (across * (0.5 + 0.5 * random.nextDouble()));
    int offset = partStart + random.nextInt(partLength - along + 1);
    int side = random.nextInt(across - wide + 1);
    Rect rect = alongWidth ? new Rect(offset, side, along, wide) : new Rect(side, offset, wide, along);
    return mats.own(photo.submat(rect));
  }

  /** Turned up to 4 degrees, scaled to a longest side of 200 to 400 pixels, its colour and light moved a little. */
  private static Mat jittered(Mat pixels, SplittableRandom random, Mats mats) {
    double degrees = (random.nextDouble() * 2 - 1) * 4;
    Mat turned = Derived.rotated(pixels, degrees, mats);
    double scale = (200 + random.nextInt(201)) / (double) Math.max(turned.cols(), turned.rows());
    Mat scaled = mats.mat();
    Imgproc.resize(turned, scaled, new Size(), scale, scale, scale < 1 ? Imgproc.INTER_AREA : Imgproc.INTER_LINEAR);
    Mat out = mats.mat();
    scaled.convertTo(out, -1, 0.9 + 0.2 * random.nextDouble(), random.nextInt(41) - 20);
    Core.add(out, new Scalar(random.nextInt(11) - 5, random.nextInt(11) - 5, random.nextInt(11) - 5), out);
    return out;
  }

  /** A synthetic scene: a two-colour gradient, 3 to 9 filled or outlined shapes, a word, and sensor noise. */
  private static Mat scene(SplittableRandom random, Mats mats) {
    int width = 240 + random.nextInt(161);
    int height = 180 + random.nextInt(161);
    Mat canvas = mats.own(new Mat(height, width, CvType.CV_8UC3, colour(random)));
    Scalar other = colour(random);
    for (int row = 0; row < height; row += 4) {
      double t = (double) row / height;
      Imgproc.rectangle(canvas, new Point(0, row), new Point(width, row + 3), blend(canvas.get(0, 0), other, t), -1);
    }
    int shapes = 3 + random.nextInt(7);
    for (int s = 0; s < shapes; s++) {
      Point a = new Point(random.nextInt(width), random.nextInt(height));
      Point b = new Point(random.nextInt(width), random.nextInt(height));
      int thickness = random.nextInt(3) == 0 ? 2 + random.nextInt(4) : -1;
      switch (random.nextInt(4)) {
        case 0 -> Imgproc.rectangle(canvas, a, b, colour(random), thickness);
        case 1 -> Imgproc.circle(canvas, a, 10 + random.nextInt(Math.min(width, height) / 3), colour(random), thickness);
        case 2 -> Imgproc.line(canvas, a, b, colour(random), 2 + random.nextInt(6));
        default -> Imgproc.ellipse(canvas, a, new Size(10 + random.nextInt(60), 10 + random.nextInt(40)), random.nextInt(180), 0,
            360, colour(random), thickness);
      }
    }
    Imgproc.putText(canvas, Integer.toString(random.nextInt(100_000), 36), new Point(random.nextInt(width / 2), 20 + random.nextInt(height - 20)),
        Imgproc.FONT_HERSHEY_SIMPLEX, 0.6 + random.nextDouble(), colour(random), 2);
    Mat noise = mats.own(new Mat(canvas.size(), canvas.type()));
    Core.randn(noise, 0, 6);
    Core.add(canvas, noise, canvas);
    return canvas;
  }

  private static Scalar colour(SplittableRandom random) {
    return new Scalar(random.nextInt(256), random.nextInt(256), random.nextInt(256));
  }

  private static Scalar blend(double[] from, Scalar to, double t) {
    return new Scalar(from[0] + (to.val[0] - from[0]) * t, from[1] + (to.val[1] - from[1]) * t, from[2] + (to.val[2] - from[2]) * t);
  }

  private static List<Query> queries(Corpus corpus, List<Mat> photos, int sources, int perCategory, SplittableRandom random)
      throws IOException {
    Map<String, Function<Image, Image>> copies = new LinkedHashMap<>();
    copies.put("exact copy", image -> image);
    copies.put("resized 0.5x", image -> Derived.resized(image, 0.5));
    copies.put("resized 2x", image -> Derived.resized(image, 2));
    copies.put("JPEG quality 50", image -> Derived.jpeg(image, 50));
    copies.put("cropped 10% each side", image -> Derived.cropped(image, 0.1, 0.1, 0.1, 0.1));
    copies.put("cropped 20% one side", image -> cutOneSide(image, random));
    copies.put("cropped 0-10% per side at random", image -> Derived.cropped(image, 0.1 * random.nextDouble(), 0.1 * random.nextDouble(),
        0.1 * random.nextDouble(), 0.1 * random.nextDouble()));
    copies.put("hue +30, value +30", image -> Derived.colourShifted(image, 30, 30));
    copies.put("rotated 3 degrees", image -> Derived.rotated(image, 3));
    copies.put("outpainted 1.25x (V3)", image -> Derived.outpainted(image, 1.25, 7));
    List<Query> queries = new ArrayList<>();
    List<CorpusImage> images = corpus.images();
    for (Map.Entry<String, Function<Image, Image>> copy : copies.entrySet()) {
      for (int i = 0; i < perCategory; i++) {
        queries.add(new Query(copy.getKey(), true, copy.getValue().apply(read(images.get(random.nextInt(images.size()))))));
      }
    }
    for (int i = 0; i < perCategory; i++) {
      queries.add(new Query("outpainted 1.5x (V3 default)", false, Derived.outpainted(read(images.get(random.nextInt(images.size()))), 1.5, 7)));
    }
    for (int i = 0; i < perCategory * 3; i++) {
      int source = random.nextInt(sources);
      queries.add(new Query("other part of a corpus photograph", false, encoded(mats -> jittered(negativeCrop(photos.get(source), source, random, mats), random, mats))));
    }
    for (int i = 0; i < perCategory; i++) {
      Mat photo = photos.get(sources + random.nextInt(HELD_OUT));
      queries.add(new Query("photograph not in the corpus", false, encoded(mats -> jittered(crop(photo, true, 0, 1, random, mats), random, mats))));
    }
    for (int i = 0; i < perCategory * 2; i++) {
      queries.add(new Query("new synthetic scene", false, encoded(mats -> scene(random, mats))));
    }
    return queries;
  }

  private static Image cutOneSide(Image image, SplittableRandom random) {
    double[] cut = new double[4];
    cut[random.nextInt(4)] = 0.2;
    return Derived.cropped(image, cut[0], cut[1], cut[2], cut[3]);
  }

  private static Image encoded(Function<Mats, Mat> pixels) {
    try (Mats mats = new Mats()) {
      return Derived.jpeg(pixels.apply(mats), 90, mats);
    }
  }

  private static Image read(CorpusImage image) {
    try {
      byte[] bytes = Files.readAllBytes(image.path());
      try (Mats mats = new Mats()) {
        Mat pixels = Derived.decode(bytes, mats);
        return new Image(bytes, image.path().toString().endsWith(".png") ? "image/png" : "image/jpeg", pixels.cols(), pixels.rows());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void lookupTimes(List<Outcome> outcomes) {
    long[] nanos = outcomes.stream().mapToLong(Outcome::nanos).sorted().toArray();
    double candidates = outcomes.stream().mapToInt(outcome -> outcome.candidates().size()).average().orElse(0);
    System.out.printf(Locale.ROOT, "lookup, %d queries at the defaults %s: median %.1f ms, p95 %.1f ms, max %.1f ms"
            + " (candidates compared by features at radius %d: %.2f per query)%n",
        nanos.length, Thresholds.DEFAULTS, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6,
        nanos[nanos.length - 1] / 1e6, RADII[RADII.length - 1], candidates);
  }

  private static void categories(List<Outcome> outcomes) {
    System.out.println("flagged at the defaults, by category (positives should be, negatives should not):");
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (Outcome outcome : outcomes) {
      int[] count = counts.computeIfAbsent((outcome.query().positive() ? "+ " : "- ") + outcome.query().category(), key -> new int[2]);
      count[0]++;
      count[1] += outcome.chosen().map(Match::flagged).orElse(false) ? 1 : 0;
    }
    counts.forEach((category, count) -> System.out.printf(Locale.ROOT, "  %-40s %3d / %3d%n", category, count[1], count[0]));
    int positives = 0;
    int negatives = 0;
    int falseNegatives = 0;
    int falsePositives = 0;
    for (Outcome outcome : outcomes) {
      boolean flagged = outcome.chosen().map(Match::flagged).orElse(false);
      if (outcome.query().positive()) {
        positives++;
        falseNegatives += flagged ? 0 : 1;
      } else {
        negatives++;
        falsePositives += flagged ? 1 : 0;
      }
    }
    System.out.printf(Locale.ROOT, "at the defaults: false negatives %d / %d (%.1f%%), false positives %d / %d (%.1f%%)%n", falseNegatives,
        positives, 100.0 * falseNegatives / positives, falsePositives, negatives, 100.0 * falsePositives / negatives);
    int[] ranks = new int[Thresholds.DEFAULTS.maxCandidates()];
    for (Outcome outcome : outcomes) {
      List<NearDuplicateIndex.Comparison> within = outcome.candidates().stream()
          .filter(comparison -> comparison.distance() <= Thresholds.DEFAULTS.hammingRadius()).toList();
      for (int rank = 0; rank < within.size(); rank++) {
        if (within.get(rank).match(Thresholds.DEFAULTS).flagged()) {
          ranks[rank]++;
          break;
        }
      }
    }
    System.out.println("flagged queries by the rank of the first flagged candidate, nearest hash first: "
        + Arrays.toString(ranks));
  }

  /** Every threshold combination, from the candidates found once at the widest radius. */
  private static void sweep(List<Outcome> outcomes) {
    System.out.println("sweep (false negatives / false positives), up to " + Thresholds.DEFAULTS.maxCandidates() + " candidates:");
    for (double coverage : COVERAGES) {
      StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  coverage >= %.2f  inliers:", coverage));
      for (int inliers : INLIERS) {
        header.append(String.format(Locale.ROOT, " %9d", inliers));
      }
      System.out.println(header);
      for (int radius : RADII) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "    radius %2d               ", radius));
        for (int inliers : INLIERS) {
          int[] errors = errors(outcomes, radius, inliers, coverage);
          row.append(String.format(Locale.ROOT, " %4d/%-4d", errors[0], errors[1]));
        }
        System.out.println(row);
      }
    }
  }

  private static int[] errors(List<Outcome> outcomes, int radius, int inliers, double coverage) {
    int[] errors = new int[2];
    for (Outcome outcome : outcomes) {
      Thresholds thresholds = new Thresholds(radius, Thresholds.DEFAULTS.maxCandidates(), inliers, coverage);
      boolean flagged = outcome.candidates().stream()
          .anyMatch(comparison -> comparison.distance() <= radius && comparison.match(thresholds).flagged());
      if (outcome.query().positive() && !flagged) {
        errors[0]++;
      } else if (!outcome.query().positive() && flagged) {
        errors[1]++;
      }
    }
    return errors;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
