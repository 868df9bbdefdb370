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

/**
 * L1: replaces one to three content words of the question with synonyms, from the curated table for
 * visual vocabulary and from WordNet otherwise. Names, numbers (also spelled out), option letters,
 * quoted text, answer instructions and function words stay as they are.
 */
final class WordSubstitution implements QuestionRewriter {

  private static final int MAX_SUBSTITUTIONS = 3;

  /** A word that can be replaced, with its safe replacements. */
  private record Candidate(int index, List<String> synonyms) {}

  @Override
  public boolean supports(QuestionStrategy strategy, Sample sample) {
    return strategy == QuestionStrategy.WORD_SUBSTITUTION;
  }

  @Override
  public Sample rewrite(QuestionStrategy strategy, Sample sample, long seed) {
    List<Words.Word> words = Words.of(sample.question());
    List<Candidate> candidates = candidates(words);
    if (candidates.isEmpty()) {
      throw new CannotBootstrapException(
          "L1: no word of sample " + sample.id() + " has a safe synonym: " + sample.question());
    }
    Random random = Seeds.random(seed);
    Collections.shuffle(candidates, random);
    int count = 1 + random.nextInt(Math.min(MAX_SUBSTITUTIONS, candidates.size()));
    String[] texts = words.stream().map(Words.Word::text).toArray(String[]::new);
    for (Candidate chosen : candidates.subList(0, count)) {
      String original = texts[chosen.index()];
      String synonym = chosen.synonyms().get(random.nextInt(chosen.synonyms().size()));
      texts[chosen.index()] = Inflection.matchCase(original, synonym);
      agreeArticle(texts, chosen.index());
    }
    return sample.withQuestion(join(sample.question(), words, texts));
  }

  private static List<Candidate> candidates(List<Words.Word> words) {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Words.Word word = words.get(i);
      if (word.replaceable()) {
        String previous = i == 0 ? "" : words.get(i - 1).text();
        List<String> synonyms = synonyms(word.text(), previous);
        if (!synonyms.isEmpty()) {
          candidates.add(new Candidate(i, synonyms));
        }
      }
    }
    return candidates;
  }

  private static List<String> synonyms(String word, String previous) {
    if (ClosedClassWords.isNumberWord(word)) {
      return List.of();
    }
    return SafeSynonyms.of(word)
        .orElseGet(() -> ClosedClassWords.isFunctionWord(word) ? List.of() : WordNetSynonyms.of(word, previous));
  }

  /** "an image" becomes "a picture", not "an picture". */
  private static void agreeArticle(String[] texts, int index) {
    if (index > 0 && texts[index - 1].matches("(?i)an?")) {
      texts[index - 1] = Inflection.article(texts[index - 1], texts[index]);
    }
  }

  /** The original text with each word replaced by its new spelling, spacing and punctuation kept. */
  private static String join(String original, List<Words.Word> words, String[] texts) {
    StringBuilder joined = new StringBuilder();
    int from = 0;
    for (int i = 0; i < words.size(); i++) {
      joined.append(original, from, words.get(i).start()).append(texts[i]);
      from = words.get(i).end();
    }
    return joined.append(original.substring(from)).toString();
  }
}
