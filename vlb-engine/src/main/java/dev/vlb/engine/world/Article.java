package dev.vlb.engine.world;

/** English indefinite articles for the world's phrases: "an orange star", "a small red circle". */
final class Article {

  private Article() {}

  /** The phrase with "a" or "an" before it, chosen by the sound of its first letter. */
  static String indefinite(String phrase) {
    return (phrase.matches("(?i)[aeiou].*") ? "an " : "a ") + phrase;
  }
}
