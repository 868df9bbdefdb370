package dev.vlb.engine.judge;

import dev.vlb.engine.bootstrap.WordNetDictionary;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

/**
 * What the lexical check asks the bundled WordNet 3.1: whether a word is a noun, its base forms, and
 * whether two words are synonyms. Answers are cached; the dictionary is opened on first use.
 */
final class WordNet {

  private static final Map<String, Optional<String>> NOUNS = new ConcurrentHashMap<>();
  private static final Map<String, Set<String>> BASE_FORMS = new ConcurrentHashMap<>();
  private static final Map<String, Boolean> SYNONYMS = new ConcurrentHashMap<>();

  private WordNet() {}

  /**
   * The noun's base form ("boxes" is {@code box}), or empty unless WordNet knows the word mostly as a
   * noun: "open" and "have" have noun senses too, but more as other parts of speech.
   */
  static Optional<String> noun(String word) {
    return cached(NOUNS, word, () -> {
      IndexWord noun = WordNetDictionary.get().lookupIndexWord(POS.NOUN, word);
      if (noun == null) {
        return Optional.empty();
      }
      for (POS pos : POS.getAllPOS()) {
        IndexWord other = WordNetDictionary.get().lookupIndexWord(pos, word);
        if (pos != POS.NOUN && other != null && other.getSenses().size() > noun.getSenses().size()) {
          return Optional.empty();
        }
      }
      return Optional.of(noun.getLemma());
    });
  }

  /** The word and its base forms as any part of speech ("seen" gives {@code see}). */
  static Set<String> baseForms(String word) {
    return cached(BASE_FORMS, word, () -> {
      Set<String> forms = new HashSet<>(Set.of(word));
      for (POS pos : POS.getAllPOS()) {
        IndexWord index = WordNetDictionary.get().lookupIndexWord(pos, word);
        if (index != null) {
          forms.add(index.getLemma());
        }
      }
      return Set.copyOf(forms);
    });
  }

  /**
   * Whether some sense of {@code word}, as any part of speech, has {@code other} among its lemmas, or
   * derives from it ("describe" and "description").
   */
  static boolean synonyms(String word, String other) {
    Set<String> targets = baseForms(other);
    return cached(SYNONYMS, word + ' ' + other, () -> {
      for (POS pos : POS.getAllPOS()) {
        IndexWord index = WordNetDictionary.get().lookupIndexWord(pos, word);
        if (index != null && anySenseHas(index, targets)) {
          return true;
        }
      }
      return false;
    });
  }

  private static boolean anySenseHas(IndexWord index, Set<String> lemmas) throws JWNLException {
    for (Synset sense : index.getSenses()) {
      for (Word lemma : sense.getWords()) {
        if (lemmas.contains(lemma.getLemma()) || lemma.getLemma().equals(index.getLemma()) && derives(lemma, lemmas)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean derives(Word word, Set<String> lemmas) throws JWNLException {
    for (Pointer pointer : word.getPointers()) {
      if (pointer.getType() == PointerType.DERIVATION && pointer.getTarget() instanceof Word target
          && lemmas.contains(target.getLemma())) {
        return true;
      }
    }
    return false;
  }

  private interface Lookup<T> {
    T get() throws JWNLException;
  }

  /** The cached answer, or a new lookup; no cache lock is held while the dictionary is read. */
  private static <T> T cached(Map<String, T> cache, String key, Lookup<T> lookup) {
    T known = cache.get(key);
    if (known != null) {
      return known;
    }
    T found;
    // The file-backed dictionary shares file handles: one lookup at a time.
    synchronized (WordNetDictionary.get()) {
      try {
        found = lookup.get();
      } catch (JWNLException e) {
        throw new IllegalStateException("WordNet lookup of '" + key + "' failed", e);
      }
    }
    cache.putIfAbsent(key, found);
    return found;
  }
}
