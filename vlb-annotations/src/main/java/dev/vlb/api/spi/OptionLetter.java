package dev.vlb.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The letters that name multiple-choice options, as prompts print them and answers state them: the
 * option at index 0 is {@code A}, at index 1 {@code B}, and so on up to {@code Z}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class OptionLetter {

  /** The most options a question can have, one per letter from A to Z. */
  public static final int MAX_OPTIONS = 26;

  private OptionLetter() {}

  /**
   * The letter of the option at {@code index}: {@code "A"} for 0.
   *
   * @throws IllegalArgumentException when {@code index} is not in 0..25
   */
  public static String of(int index) {
    if (index < 0 || index >= MAX_OPTIONS) {
      throw new IllegalArgumentException("No option letter for index " + index + ": options are lettered A to Z");
    }
    return String.valueOf((char) ('A' + index));
  }

  /**
   * The index of the option a letter names: 0 for {@code "A"} or {@code "a"}, surrounding whitespace
   * ignored; -1 when the text is not one letter from A to Z.
   */
  public static int indexOf(String letter) {
    String stripped = letter.strip();
    if (stripped.length() != 1) {
      return -1;
    }
    char c = stripped.charAt(0);
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    return c >= 'a' && c <= 'z' ? c - 'a' : -1;
  }
}
