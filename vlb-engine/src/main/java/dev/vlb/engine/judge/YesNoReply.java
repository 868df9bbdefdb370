package dev.vlb.engine.judge;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A model's reply to a yes-or-no question, read strictly: the first word, case ignored and punctuation
 * around it stripped, must be {@code yes} or {@code no}; the rest, without the separators that follow
 * that word, is the reason. "The answer is yes", "Yes/No" or an empty reply is {@link Word#NEITHER},
 * never taken for either.
 *
 * @param word what the reply says
 * @param reason the rest of the reply; empty when there is none
 * @param text the whole reply, its white space folded to single spaces
 */
@API(status = INTERNAL, since = "0.1")
public record YesNoReply(Word word, String reason, String text) {

  /** The reply's first word. */
  public enum Word {
    YES,
    NO,
    NEITHER
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern AROUND_WORD = Pattern.compile("^\\P{L}+|\\P{L}+$");
  private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\p{Punct}\\s]+");

  public static YesNoReply read(String reply) {
    String text = WHITESPACE.matcher(reply).replaceAll(" ").strip();
    String[] words = text.split(" ", 2);
    String reason = words.length > 1 ? LEADING_SEPARATORS.matcher(words[1]).replaceAll("") : "";
    Word word = switch (AROUND_WORD.matcher(words[0]).replaceAll("").toLowerCase(Locale.ROOT)) {
      case "yes" -> Word.YES;
      case "no" -> Word.NO;
      default -> Word.NEITHER;
    };
    return new YesNoReply(word, reason, text);
  }

  /** The text cut to {@code most} characters, "..." marking the cut: replies may ramble on. */
  public static String shortened(String text, int most) {
    return text.length() > most ? text.substring(0, most) + "..." : text;
  }
}
