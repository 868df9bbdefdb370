package dev.vlb.engine.bootstrap.question;

import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.QuestionRewriter;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.Seeds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * L4: appends two to four sentences from the shipped distractor corpus to the sample's context. A
 * sentence is only used when it shares no content word with the question or its choices, so it cannot
 * hint at, or contradict, the answer.
 */
final class IrrelevantContext implements QuestionRewriter {

  private static final int MIN_SENTENCES = 2;
  private static final int MAX_SENTENCES = 4;

  private static final List<String> CORPUS =
      TextResource.load("distractors.txt").lines().stream().map(TextResource.Line::text).toList();

  @Override
  public boolean supports(QuestionStrategy strategy, Sample sample) {
    return strategy == QuestionStrategy.IRRELEVANT_CONTEXT;
  }

  @Override
  public Sample rewrite(QuestionStrategy strategy, Sample sample, long seed) {
    Set<String> topic = contentStems(Stream.concat(Stream.of(sample.question()), sample.choices().stream()));
    Random random = Seeds.random(seed);
    int wanted = MIN_SENTENCES + random.nextInt(MAX_SENTENCES - MIN_SENTENCES + 1);
    List<String> shuffled = new ArrayList<>(CORPUS);
    Collections.shuffle(shuffled, random);
    List<String> picked = shuffled.stream()
        .filter(sentence -> Collections.disjoint(contentStems(Stream.of(sentence)), topic))
        .limit(wanted)
        .toList();
    if (picked.size() < MIN_SENTENCES) {
      throw new CannotBootstrapException(
          "L4: fewer than " + MIN_SENTENCES + " distractor sentences are unrelated to sample " + sample.id());
    }
    String distractors = String.join(" ", picked);
    String context = sample.context().isBlank() ? distractors : sample.context().strip() + "\n" + distractors;
    return sample.withContext(context);
  }

  /** The stems of the content words of some texts, lower case, regular plurals folded. */
  static Set<String> contentStems(Stream<String> texts) {
    return texts
        .flatMap(text -> Words.of(text).stream())
        .map(Words.Word::text)
        .filter(word -> !ClosedClassWords.isFunctionWord(word))
        .map(IrrelevantContext::stem)
        .collect(Collectors.toSet());
  }

  /** A crude stem that folds regular plurals, so "apples" and "apple" count as the same word. */
  private static String stem(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.length() > 4 && lower.endsWith("ies")) {
      return lower.substring(0, lower.length() - 3) + "y";
    }
    if (lower.length() > 4 && lower.matches(".*(s|x|z|ch|sh)es")) {
      return lower.substring(0, lower.length() - 2);
    }
    if (lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")) {
      return lower.substring(0, lower.length() - 1);
    }
    return lower;
  }
}
