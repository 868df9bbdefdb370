package dev.vlb.engine.scoring;

import dev.vlb.api.spi.Sample;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Yes/no answers as MME reads them: the reply's first word, else the only one of yes/no it contains
 * ("Yes.", "yes, it is", "No, there isn't", "There is no dog").
 */
enum YesNoScorer implements Scorer {
  INSTANCE;

  @Override
  public Score score(Sample sample, String reply) {
    return extract(reply)
        .map(answer -> answer.equalsIgnoreCase(sample.answer()) ? Score.correct(answer) : Score.wrong(answer, ""))
        .orElseGet(() -> Score.wrong("", "unparseable"));
  }

  static Optional<String> extract(String reply) {
    List<String> words = Arrays.stream(reply.toLowerCase(Locale.ROOT).split("[^a-z]+")).filter(word -> !word.isEmpty()).toList();
    if (words.isEmpty()) {
      return Optional.empty();
    }
    String first = words.get(0);
    boolean yes = first.equals("yes") || (!first.equals("no") && words.contains("yes") && !words.contains("no"));
    boolean no = first.equals("no") || (!first.equals("yes") && words.contains("no") && !words.contains("yes"));
    return yes ? Optional.of("Yes") : no ? Optional.of("No") : Optional.empty();
  }
}
