package dev.vlb.engine.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.engine.judge.LabelledRewrites.Rewrite;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the text judge against ground truth: GOOD rewrites are the offline L1 and L2 rewriters' output
 * for the synthetic world's questions (and a set of everyday questions), BAD ones are deliberate meaning
 * changes of the same questions. The cosine threshold is chosen on one half of the questions and the
 * judge is measured on the other, so the figures are not fitted to the data they report.
 */
class TextJudgeAccuracyTests {

  private static final long SEED = 20_250_101L;
  private static final int WORLD_ITEMS = 300;
  private static final double MIN_PRECISION = 0.95;
  private static final double MIN_RECALL = 0.90;

  private static final int BATCH = 64;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /**
   * One rewrite as the judge assessed it, and how long that took.
   *
   * @param nanos wall-clock time of the judgement
   * @param cpuNanos CPU time of the judging thread (ONNX Runtime runs on it), which other load on the
   *     machine does not inflate
   * @param cosineOnly the cosine as a judge without the lexical check would see it
   */
  private record Judged(Rewrite rewrite, TextJudge.Assessment assessment, long nanos, long cpuNanos,
      double cosineOnly) {

    boolean accepted(double threshold) {
      return assessment.accepted(threshold);
    }

    Judged withoutLexicalCheck() {
      return new Judged(rewrite, new TextJudge.Assessment(List.of(), cosineOnly), nanos, cpuNanos, cosineOnly);
    }
  }

  /** Counts of accepted and rejected GOOD and BAD rewrites; "positive" is accepting. */
  private record Confusion(int goodAccepted, int goodRejected, int badAccepted, int badRejected) {

    static Confusion of(List<Judged> judged, double threshold) {
      int[] counts = new int[4];
      for (Judged j : judged) {
        counts[(j.rewrite().good() ? 0 : 2) + (j.accepted(threshold) ? 0 : 1)]++;
      }
      return new Confusion(counts[0], counts[1], counts[2], counts[3]);
    }

    double precision() {
      return goodAccepted / (double) (goodAccepted + badAccepted);
    }

    double recall() {
      return goodAccepted / (double) (goodAccepted + goodRejected);
    }

    double balancedAccuracy() {
      return (recall() + badRejected / (double) (badAccepted + badRejected)) / 2;
    }
  }

  private static List<Judged> tuning;
  private static List<Judged> heldOut;
  private static List<Judged> all;

  @BeforeAll
  static void judgeLabelledRewrites() {
    List<Rewrite> rewrites = new ArrayList<>(
        LabelledRewrites.of("world", LabelledRewrites.worldQuestions(WORLD_ITEMS, SEED), SEED));
    rewrites.addAll(LabelledRewrites.of("everyday", LabelledRewrites.everydayQuestions(), SEED));
    TextJudge judge = TextJudge.create();
    judge.assess("Is the model loaded?", "Has the model been loaded?");
    List<Judged> assessed = rewrites.stream().map(rewrite -> assess(judge, rewrite)).toList();
    all = withCosines(assessed);
    Set<String> tuningQuestions = tuningHalf(rewrites);
    tuning = all.stream().filter(j -> tuningQuestions.contains(j.rewrite().original())).toList();
    heldOut = all.stream().filter(j -> !tuningQuestions.contains(j.rewrite().original())).toList();
  }

  private static Judged assess(TextJudge judge, Rewrite rewrite) {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    TextJudge.Assessment assessment = judge.assess(rewrite.original(), rewrite.variant());
    long nanos = System.nanoTime() - start;
    return new Judged(rewrite, assessment, nanos, THREADS.getCurrentThreadCpuTime() - cpu, Double.NaN);
  }

  /** Every rewrite's cosine, for comparison with embeddings alone; in batches, as timing is over. */
  private static List<Judged> withCosines(List<Judged> assessed) {
    List<Judged> complete = new ArrayList<>();
    SentenceEmbedder embedder = SentenceEmbedder.shared();
    for (int from = 0; from < assessed.size(); from += BATCH) {
      List<Judged> batch = assessed.subList(from, Math.min(from + BATCH, assessed.size()));
      List<float[]> originals = embedder.embed(batch.stream().map(j -> j.rewrite().original()).toList());
      List<float[]> variants = embedder.embed(batch.stream().map(j -> j.rewrite().variant()).toList());
      for (int i = 0; i < batch.size(); i++) {
        Judged j = batch.get(i);
        double cosine = SentenceEmbedder.cosine(originals.get(i), variants.get(i));
        complete.add(new Judged(j.rewrite(), j.assessment(), j.nanos(), j.cpuNanos(), cosine));
      }
    }
    return complete;
  }

  /** Half of the distinct questions, drawn by seed: all rewrites of a question fall in the same half. */
  private static Set<String> tuningHalf(List<Rewrite> rewrites) {
    List<String> questions = new ArrayList<>(rewrites.stream().map(Rewrite::original).collect(Collectors.toSet()));
    Collections.sort(questions);
    Collections.shuffle(questions, new Random(SEED));
    return new HashSet<>(questions.subList(0, questions.size() / 2));
  }

  /** The highest threshold with the best balanced accuracy on the tuning half, in steps of 0.01. */
  private static double tunedThreshold(List<Judged> tuning) {
    double best = 0;
    double bestAccuracy = -1;
    for (int step = 0; step <= 100; step++) {
      double threshold = step / 100.0;
      double accuracy = Confusion.of(tuning, threshold).balancedAccuracy();
      if (accuracy >= bestAccuracy) {
        best = threshold;
        bestAccuracy = accuracy;
      }
    }
    return best;
  }

  @Test
  void reachesPrecisionAndRecallGoalsOnTheHeldOutHalfWithTheTunedThreshold() {
    double threshold = tunedThreshold(tuning);
    Confusion confusion = Confusion.of(heldOut, threshold);
    System.out.println(report(threshold, confusion));

    assertThat(confusion.precision()).as("precision of accepting, held-out half").isGreaterThanOrEqualTo(MIN_PRECISION);
    assertThat(confusion.recall()).as("recall of accepting, held-out half").isGreaterThanOrEqualTo(MIN_RECALL);
  }

  @Test
  void reachesTheGoalsOnTheHeldOutHalfWithTheDefaultThreshold() {
    Confusion confusion = Confusion.of(heldOut, TextJudge.DEFAULT_THRESHOLD);

    assertThat(confusion.precision()).isGreaterThanOrEqualTo(MIN_PRECISION);
    assertThat(confusion.recall()).isGreaterThanOrEqualTo(MIN_RECALL);
  }

  @Test
  void measuresEachQuestionSourceAndEveryCorruption() {
    assertThat(all).extracting(j -> j.rewrite().source()).contains("world", "everyday");
    assertThat(heldOut.stream().map(j -> j.rewrite().kind()).distinct())
        .containsAll(List.of("L1", "L2"))
        .containsAll(Arrays.stream(Corruption.values()).map(Corruption::label).toList());
  }

  private static String report(double threshold, Confusion confusion) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nText judge on the held-out half: %d rewrites "
        + "of %d questions; cosine threshold %.2f chosen on the tuning half (%d rewrites)%n", heldOut.size(),
        questions(heldOut), threshold, tuning.size()));
    out.append(table(confusion));
    for (String source : List.of("world", "everyday")) {
      Confusion part = Confusion.of(heldOut.stream().filter(j -> j.rewrite().source().equals(source)).toList(),
          threshold);
      out.append(String.format(Locale.ROOT, "  %-9s precision %.3f, recall %.3f (%d GOOD, %d BAD)%n", source,
          part.precision(), part.recall(), part.goodAccepted() + part.goodRejected(),
          part.badAccepted() + part.badRejected()));
    }
    Confusion atDefault = Confusion.of(heldOut, TextJudge.DEFAULT_THRESHOLD);
    out.append(String.format(Locale.ROOT, "at the default threshold %.2f: precision %.3f, recall %.3f%n",
        TextJudge.DEFAULT_THRESHOLD, atDefault.precision(), atDefault.recall()));
    out.append(cosineAlone());
    out.append(byKind(threshold));
    out.append(timing());
    return out.toString();
  }

  private static String table(Confusion confusion) {
    return String.format(Locale.ROOT, "%-24s %9s %9s%n", "", "accepted", "rejected")
        + String.format(Locale.ROOT, "%-24s %9d %9d%n", "GOOD (L1, L2 rewrites)", confusion.goodAccepted(),
            confusion.goodRejected())
        + String.format(Locale.ROOT, "%-24s %9d %9d%n", "BAD (meaning changed)", confusion.badAccepted(),
            confusion.badRejected())
        + String.format(Locale.ROOT, "precision %.3f, recall %.3f (goal: precision >= %.2f at recall >= %.2f)%n",
            confusion.precision(), confusion.recall(), MIN_PRECISION, MIN_RECALL);
  }

  /** The same measurement for a judge of embeddings alone, its threshold tuned the same way. */
  private static String cosineAlone() {
    double threshold = tunedThreshold(tuning.stream().map(Judged::withoutLexicalCheck).toList());
    Confusion confusion = Confusion.of(heldOut.stream().map(Judged::withoutLexicalCheck).toList(), threshold);
    return String.format(Locale.ROOT, "the cosine alone (threshold %.2f, tuned the same way): precision %.3f, "
        + "recall %.3f, %d of %d BAD accepted%n", threshold, confusion.precision(), confusion.recall(),
        confusion.badAccepted(), confusion.badAccepted() + confusion.badRejected());
  }

  /** False accepts per corruption and false rejects per strategy, then the first wrong decisions. */
  private static String byKind(double threshold) {
    Map<String, int[]> counts = new TreeMap<>();
    for (Judged j : heldOut) {
      int[] count = counts.computeIfAbsent((j.rewrite().good() ? "GOOD " : "BAD ") + j.rewrite().kind(),
          kind -> new int[2]);
      count[0] += j.accepted(threshold) != j.rewrite().good() ? 1 : 0;
      count[1]++;
    }
    StringBuilder out = new StringBuilder("false accepts of BAD by corruption, false rejects of GOOD by strategy:\n");
    counts.forEach((kind, count) -> out.append(
        String.format(Locale.ROOT, "  %-34s %3d of %3d%n", kind, count[0], count[1])));
    heldOut.stream().filter(j -> j.accepted(threshold) != j.rewrite().good()).limit(10).forEach(j -> out.append(
        String.format(Locale.ROOT, "  wrong: %s %s '%s' -> '%s' (cosine %.2f) %s%n", j.rewrite().good() ? "GOOD" : "BAD",
            j.rewrite().kind(), j.rewrite().original(), j.rewrite().variant(), j.assessment().cosine(),
            j.assessment().changes())));
    return out.toString();
  }

  private static String timing() {
    return String.format(Locale.ROOT, "median ms per judgement, wall (CPU), over all %d rewrites: %s; when the "
            + "lexical check rejects: %s; when it passes and the variant is embedded: %s%n", all.size(),
        medianMillis(j -> true), medianMillis(j -> !j.assessment().changes().isEmpty()),
        medianMillis(j -> j.assessment().changes().isEmpty()));
  }

  private static long questions(List<Judged> judged) {
    return judged.stream().map(j -> j.rewrite().original()).distinct().count();
  }

  private static String medianMillis(Predicate<Judged> filter) {
    return String.format(Locale.ROOT, "%.2f (%.2f)", median(filter, Judged::nanos), median(filter, Judged::cpuNanos));
  }

  private static double median(Predicate<Judged> filter, ToLongFunction<Judged> nanos) {
    long[] sorted = all.stream().filter(filter).mapToLong(nanos).sorted().toArray();
    return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2] / 1e6;
  }
}
