package dev.vlb.engine.judge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a question into the terms the lexical check compares: lower-cased, phrases joined, numbers read. */
final class TermReader {

  private static final Pattern TOKEN = Pattern.compile(
      "\\p{N}+(?:[.,]\\p{N}+)*|[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*|[.?!,;:]");
  private static final Pattern NEGATED = Pattern.compile("(\\p{L}+)n't");

  private static final List<String> CARDINALS = List.of(
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty");
  private static final Map<String, Integer> TENS = Map.of(
      "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
  private static final Map<String, String> OTHER_NUMBERS = Map.ofEntries(
      Map.entry("hundred", "100"), Map.entry("thousand", "1000"), Map.entry("million", "1000000"),
      Map.entry("dozen", "12"), Map.entry("first", "1st"), Map.entry("second", "2nd"), Map.entry("third", "3rd"),
      Map.entry("fourth", "4th"), Map.entry("fifth", "5th"), Map.entry("sixth", "6th"),
      Map.entry("seventh", "7th"), Map.entry("eighth", "8th"), Map.entry("ninth", "9th"),
      Map.entry("tenth", "10th"));

  /** Prepositions and determiners that, with a picture word, only point at the picture ("in this image"). */
  private static final Set<String> DEICTIC_PREPOSITIONS = Set.of("in", "on", "of", "from", "within", "inside");
  private static final Set<String> DEICTIC_DETERMINERS = Set.of("the", "this", "that", "given");

  private static final Set<String> HAVE = Set.of("have", "has", "had", "having");

  private final Lexicon lexicon;

  private TermReader(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  static TermReader create() {
    return new TermReader(Lexicon.shared());
  }

  List<Term> read(String text) {
    List<String> words = words(text);
    List<Term> terms = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Lexicon.Match next = next(words, i);
      terms.add(next.term());
      i += next.length();
    }
    return List.copyOf(terms);
  }

  /** The term at {@code i}: words for the picture, else the lexicon's longest phrase, else one word. */
  private Lexicon.Match next(List<String> words, int i) {
    int deictic = deicticLength(words, i);
    if (deictic > 0) {
      return new Lexicon.Match(
          new Term(Kind.DEICTIC, "image", String.join(" ", words.subList(i, i + deictic))), deictic);
    }
    return lexicon.match(words, i).orElseGet(() -> new Lexicon.Match(single(words, i), 1));
  }

  /** Lower-case tokens; "isn't" becomes "is" and "n't", "man's" becomes "man". */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher token = TOKEN.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
    while (token.find()) {
      String word = token.group();
      Matcher negated = NEGATED.matcher(word);
      if (negated.matches()) {
        words.add(negated.group(1));
        words.add("n't");
      } else {
        words.add(word.endsWith("'s") ? word.substring(0, word.length() - 2) : word);
      }
    }
    return words;
  }

  /** How many words from {@code i} only point at the picture: "in the image", "this photo", "picture". */
  private int deicticLength(List<String> words, int i) {
    if (DEICTIC_PREPOSITIONS.contains(words.get(i)) && i + 2 < words.size()
        && DEICTIC_DETERMINERS.contains(words.get(i + 1)) && lexicon.isDeictic(words.get(i + 2))) {
      return 3;
    }
    if (DEICTIC_DETERMINERS.contains(words.get(i)) && i + 1 < words.size() && lexicon.isDeictic(words.get(i + 1))) {
      return 2;
    }
    return lexicon.isDeictic(words.get(i)) ? 1 : 0;
  }

  private Term single(List<String> words, int i) {
    String word = words.get(i);
    if (word.matches("[.?!,;:]")) {
      return new Term(Kind.PUNCTUATION, word, word);
    }
    Optional<String> number = number(word);
    if (number.isPresent() && (!word.equals("one") || beforeContent(words, i))) {
      return new Term(Kind.NUMBER, number.get(), word);
    }
    if (lexicon.isFunctionWord(word) && !possesses(words, i)) {
      return new Term(Kind.FUNCTION, word, word);
    }
    Optional<String> noun = word.length() >= 3 ? WordNet.noun(word) : Optional.empty();
    return noun.map(lemma -> new Term(Kind.NOUN, lemma, word)).orElseGet(() -> new Term(Kind.OTHER, word, word));
  }

  /** "have" as a main verb ("does the man have a beard") is content; as an auxiliary ("has gone") it is not. */
  private static boolean possesses(List<String> words, int i) {
    return HAVE.contains(words.get(i))
        && (i + 1 >= words.size() || !words.get(i + 1).matches("\\p{L}+(?:ed|en)|been|got|to|gone|done|made|seen"));
  }

  /** "one" counts only before a content word ("one red star"); "which one is", "one of" are pronouns. */
  private boolean beforeContent(List<String> words, int i) {
    if (i + 1 >= words.size()) {
      return false;
    }
    String next = words.get(i + 1);
    return next.matches("\\p{L}+") && !lexicon.isFunctionWord(next);
  }

  /** The number a word spells, as digits ("twenty-one" is 21, "third" is 3rd, "3,000" is 3000). */
  static Optional<String> number(String word) {
    if (word.matches("\\p{N}+(?:[.,]\\p{N}+)*")) {
      return Optional.of(word.replace(",", "").replaceFirst("^0+(?=\\d)", ""));
    }
    int cardinal = CARDINALS.indexOf(word);
    if (cardinal >= 0) {
      return Optional.of(Integer.toString(cardinal));
    }
    if (TENS.containsKey(word)) {
      return Optional.of(Integer.toString(TENS.get(word)));
    }
    String[] parts = word.split("-");
    if (parts.length == 2 && TENS.containsKey(parts[0]) && CARDINALS.indexOf(parts[1]) > 0
        && CARDINALS.indexOf(parts[1]) < 10) {
      return Optional.of(Integer.toString(TENS.get(parts[0]) + CARDINALS.indexOf(parts[1])));
    }
    return Optional.ofNullable(OTHER_NUMBERS.get(word));
  }
}
