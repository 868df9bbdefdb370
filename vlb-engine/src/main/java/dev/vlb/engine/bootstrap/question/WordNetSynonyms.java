package dev.vlb.engine.bootstrap.question;

import dev.vlb.engine.bootstrap.WordNetDictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

/**
 * Synonyms from the bundled WordNet 3.1, chosen conservatively: only lemmas of the word's first sense,
 * only single lower-case words, and only lemmas whose own first sense is that same sense (so "figure" is
 * never offered for "number"). A word whose part of speech the context leaves open is not replaced.
 */
final class WordNetSynonyms {

  private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

  private WordNetSynonyms() {}

  /**
   * The synonyms of {@code word}, inflected like it, best first.
   *
   * @param previous the word before it, which decides between a noun and a verb reading; may be empty
   */
  static List<String> of(String word, String previous) {
    String lower = word.toLowerCase(Locale.ROOT);
    String key = lower + ' ' + partOfSpeechCue(previous);
    return CACHE.computeIfAbsent(key, k -> lookUp(lower, previous));
  }

  private static String partOfSpeechCue(String previous) {
    return ClosedClassWords.isDeterminer(previous) ? "noun" : ClosedClassWords.cuesVerb(previous) ? "verb" : "";
  }

  private static List<String> lookUp(String word, String previous) {
    // FileBackedDictionary reads shared file handles: one lookup at a time.
    synchronized (WordNetDictionary.get()) {
      try {
        Optional<POS> pos = partOfSpeech(word, previous);
        return pos.isPresent() ? synonyms(word, pos.get()) : List.of();
      } catch (JWNLException e) {
        throw new IllegalStateException("WordNet lookup of '" + word + "' failed", e);
      }
    }
  }

  private static Optional<POS> partOfSpeech(String word, String previous) throws JWNLException {
    List<POS> found = new ArrayList<>();
    for (POS pos : POS.getAllPOS()) {
      if (WordNetDictionary.get().lookupIndexWord(pos, word) != null) {
        found.add(pos);
      }
    }
    if (found.size() == 1) {
      return Optional.of(found.get(0));
    }
    if (ClosedClassWords.isDeterminer(previous)) {
      return found.stream().filter(pos -> pos == POS.NOUN).findFirst();
    }
    if (ClosedClassWords.cuesVerb(previous)) {
      return found.stream().filter(pos -> pos == POS.VERB).findFirst();
    }
    return Optional.empty();
  }

  private static List<String> synonyms(String word, POS pos) throws JWNLException {
    IndexWord index = WordNetDictionary.get().lookupIndexWord(pos, word);
    String base = index.getLemma();
    Optional<UnaryOperator<String>> inflection = inflection(word, base, pos);
    if (inflection.isEmpty() || index.getSenses().isEmpty()) {
      return List.of();
    }
    Synset sense = index.getSenses().get(0);
    List<String> synonyms = new ArrayList<>();
    for (Word lemma : sense.getWords()) {
      String candidate = lemma.getLemma();
      if (!candidate.equals(base) && candidate.matches("[a-z]{3,}")
          && !ClosedClassWords.isFunctionWord(candidate) && firstSenseIs(candidate, pos, sense)) {
        synonyms.add(inflection.get().apply(candidate));
      }
    }
    return List.copyOf(synonyms);
  }

  /** How to inflect a synonym like the word: not at all, or with a regular -s; empty if irregular. */
  private static Optional<UnaryOperator<String>> inflection(String word, String base, POS pos) {
    if (word.equals(base)) {
      return Optional.of(UnaryOperator.identity());
    }
    boolean regularS = (pos == POS.NOUN || pos == POS.VERB) && Inflection.withS(base).equals(word);
    return regularS ? Optional.of(Inflection::withS) : Optional.empty();
  }

  private static boolean firstSenseIs(String lemma, POS pos, Synset sense) throws JWNLException {
    IndexWord index = WordNetDictionary.get().getIndexWord(pos, lemma);
    return index != null
        && !index.getSenses().isEmpty()
        && index.getSenses().get(0).getOffset() == sense.getOffset();
  }
}
