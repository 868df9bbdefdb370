package dev.vlb.engine.bootstrap.question;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a text with their positions and whether a rewrite must leave them as they are. */
final class Words {

  /**
   * One word of the text.
   *
   * @param sentenceStart whether it opens a sentence, so a capital letter does not mark a name
   * @param locked whether it lies in quoted text or in an answer instruction ("Please answer yes or no.")
   */
  record Word(String text, int start, int end, boolean sentenceStart, boolean locked) {

    /** A plain lower-case word outside quotes and instructions: no name, number, option letter or acronym. */
    boolean replaceable() {
      return !locked
          && text.length() >= 3
          && text.matches("[A-Za-z]+")
          && isLowerCase(sentenceStart ? text.substring(1) : text);
    }

    private static boolean isLowerCase(String letters) {
      return letters.equals(letters.toLowerCase(Locale.ROOT));
    }
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
  private static final Pattern QUOTED =
      Pattern.compile("\"[^\"]*\"|“[^”]*”|(?<![\\p{L}\\p{N}])'[^']+'(?![\\p{L}\\p{N}])");
  private static final Pattern SENTENCE = Pattern.compile("[^.?!]+[.?!]*");
  private static final Pattern INSTRUCTION =
      Pattern.compile("(?i)\\s*(please|answer|choose|select|respond|reply)\\b.*", Pattern.DOTALL);

  private Words() {}

  static List<Word> of(String text) {
    boolean[] locked = lockedCharacters(text);
    List<Word> words = new ArrayList<>();
    Matcher sentence = SENTENCE.matcher(text);
    while (sentence.find()) {
      Matcher word = WORD.matcher(text).region(sentence.start(), sentence.end());
      boolean first = true;
      while (word.find()) {
        words.add(new Word(word.group(), word.start(), word.end(), first, locked[word.start()]));
        first = false;
      }
    }
    return List.copyOf(words);
  }

  private static boolean[] lockedCharacters(String text) {
    boolean[] locked = new boolean[text.length() + 1];
    lock(locked, QUOTED.matcher(text));
    Matcher sentence = SENTENCE.matcher(text);
    while (sentence.find()) {
      if (INSTRUCTION.matcher(sentence.group()).matches()) {
        Arrays.fill(locked, sentence.start(), sentence.end(), true);
      }
    }
    return locked;
  }

  private static void lock(boolean[] locked, Matcher spans) {
    while (spans.find()) {
      Arrays.fill(locked, spans.start(), spans.end(), true);
    }
  }
}
