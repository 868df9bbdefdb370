package dev.vlb.engine.judge;

import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.TaskType;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.DatasetSource;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.Item;
import dev.vlb.api.spi.QuestionRewriter;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.question.OfflineQuestionRewriters;
import dev.vlb.engine.world.SyntheticDataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Rewrites of questions labelled by construction: GOOD ones are the offline L1 and L2 rewriters' output
 * (curated synonyms and meaning-keeping rules), BAD ones are {@link Corruption}s of the same questions.
 */
final class LabelledRewrites {

  static final Image IMAGE = Image.png(new byte[] {1, 2, 3}, 320, 240);

  /**
   * One labelled rewrite.
   *
   * @param source where the original question comes from ("world", "everyday")
   * @param kind L1, L2 or the corruption's label
   */
  record Rewrite(String source, String original, String variant, String kind, boolean good) {}

  private LabelledRewrites() {}

  /** The questions of the first {@code count} items of the synthetic world's seed. */
  static List<String> worldQuestions(int count, long seed) {
    return new SyntheticDataset().entries(new DatasetSource("", count, seed, 0, 1.5))
        .map(entry -> ((Item) entry).question())
        .toList();
  }

  /** The hand-written everyday questions of {@code everyday-questions.txt}. */
  static List<String> everydayQuestions() {
    try (InputStream in = LabelledRewrites.class.getResourceAsStream("everyday-questions.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** GOOD and BAD rewrites of each question, without repeats, in a fixed order. */
  static List<Rewrite> of(String source, List<String> questions, long seed) {
    QuestionRewriter rewriter = OfflineQuestionRewriters.create();
    Random random = new Random(seed);
    Set<Rewrite> rewrites = new LinkedHashSet<>();
    for (int i = 0; i < questions.size(); i++) {
      String question = questions.get(i);
      Sample sample = new Sample("q" + i, IMAGE, "", question, List.of(), "Yes", TaskType.YES_NO, null);
      rewrite(rewriter, QuestionStrategy.WORD_SUBSTITUTION, sample, seed + i)
          .ifPresent(variant -> rewrites.add(new Rewrite(source, question, variant, "L1", true)));
      rewrite(rewriter, QuestionStrategy.REPHRASE, sample, seed + i)
          .ifPresent(variant -> rewrites.add(new Rewrite(source, question, variant, "L2", true)));
      for (Corruption corruption : Corruption.values()) {
        corruption.apply(question, random)
            .ifPresent(variant -> rewrites.add(new Rewrite(source, question, variant, corruption.label(), false)));
      }
    }
    return new ArrayList<>(rewrites);
  }

  private static Optional<String> rewrite(QuestionRewriter rewriter, QuestionStrategy strategy, Sample sample,
      long seed) {
    try {
      String variant = rewriter.rewrite(strategy, sample, seed).question();
      return variant.equals(sample.question()) ? Optional.empty() : Optional.of(variant);
    } catch (CannotBootstrapException e) {
      return Optional.empty();
    }
  }
}
