package dev.vlb.engine.bootstrap.question;

import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.QuestionRewriter;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.Seeds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
        .filter(word -> !Vocabulary.isFunctionWord(word))
        .map(Vocabulary::stem)
        .collect(Collectors.toSet());
  }
}
