package dev.vlb.engine.bootstrap.question;

import java.util.Locale;

/** The few regular English inflections the rewriters produce; irregular forms are never guessed. */
final class Inflection {

  private Inflection() {}

  /** Plural noun or third-person singular verb: {@code box -> boxes}, {@code city -> cities}. */
  static String withS(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.matches(".*(s|x|z|ch|sh)")) {
      return word + "es";
    }
    if (lower.matches(".*[^aeiou]y")) {
      return word.substring(0, word.length() - 1) + "ies";
    }
    return word + "s";
  }

  /** The verb agreeing with a third-person singular subject: {@code have -> has}, {@code show -> shows}. */
  static String thirdPerson(String verb) {
    return switch (verb.toLowerCase(Locale.ROOT)) {
      case "have" -> "has";
      case "do" -> "does";
      case "go" -> "goes";
      default -> withS(verb);
    };
  }

  /** The indefinite article for the word that follows it, spelled with the case of {@code current}. */
  static String article(String current, String next) {
    String article = next.toLowerCase(Locale.ROOT).matches("[aeiou].*") ? "an" : "a";
    return Character.isUpperCase(current.charAt(0)) ? "A" + article.substring(1) : article;
  }

  /** {@code replacement} spelled with the leading capital of {@code original}, if it had one. */
  static String matchCase(String original, String replacement) {
    return Character.isUpperCase(original.charAt(0))
        ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1)
        : replacement;
  }
}
