package dev.vlb.engine.judge;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deliberate meaning changes of a question, the BAD half of the labelled rewrites: each changes what
 * is asked, so the answer may change, while most words stay (which is what fools embeddings).
 */
enum Corruption {
  COLOUR_SWAP("swap a colour", (question, random) -> swapOne(question, Vocabulary.COLOURS, random)),
  SHAPE_SWAP("swap the asked shape", (question, random) -> swapOne(question, Vocabulary.SHAPES, random)),
  NUMBER_CHANGE("change or add a number", Corruption::changeNumber),
  LEFT_RIGHT("left <-> right", (question, random) -> swapPair(question, "left", "right")),
  ABOVE_BELOW("above <-> below", (question, random) -> swapPair(question, "above", "below")),
  ON_UNDER("on -> under", (question, random) -> replaceWord(question, "on", "under")),
  FRONT_BEHIND("in front of <-> behind", (question, random) -> swapPair(question, "in front of", "behind")),
  ADD_NEGATION("add a negation", (question, random) -> firstOf(question, Vocabulary.NEGATIONS)),
  DROP_NEGATION("drop a negation", (question, random) -> firstOf(question, Vocabulary.AFFIRMATIONS)),
  LARGER_SMALLER("larger <-> smaller", (question, random) -> firstOf(question, Vocabulary.SIZES)),
  ASKED_ATTRIBUTE("ask colour <-> shape", (question, random) -> swapPair(question, "color", "shape")),
  OBJECT_SWAP("swap the two related objects", (question, random) -> firstOf(question, Vocabulary.OBJECT_SWAPS)),
  QUESTION_WORD("ask why or where instead", (question, random) -> firstOf(question, Vocabulary.QUESTION_WORDS)),
  ACTION_CHANGE("change what is done", (question, random) -> firstOf(question, Vocabulary.ACTIONS));

  private final String label;
  private final BiFunction<String, Random, Optional<String>> change;

  Corruption(String label, BiFunction<String, Random, Optional<String>> change) {
    this.label = label;
    this.change = change;
  }

  String label() {
    return label;
  }

  /** The corrupted question, or empty when this change does not apply to it. */
  Optional<String> apply(String question, Random random) {
    return change.apply(question, random).filter(changed -> !changed.equals(question));
  }

  /** The words corruptions use (an enum's constants cannot refer to its own static fields). */
  private static final class Vocabulary {
    private static final List<String> COLOURS = List.of("red", "green", "blue", "yellow", "purple", "orange");
    private static final List<String> SHAPES = List.of("circle", "square", "triangle", "star", "hexagon", "diamond");
    private static final String[] NUMBERS = {"two", "3", "four", "2", "three", "5"};

    /** Rewrites that add a negation to each kind of question; the first that fits is used. */
    private static final List<Rule> NEGATIONS = List.of(
        new Rule("^Is there an? ", "Is there no "),
        new Rule("^(Is|Are) (the .+?) (to the|above|below|on|under|in|next|behind)\\b", "$1 $2 not $3"),
        new Rule("^Are there more ", "Are there not more "),
        new Rule("^What (color|shape) is (the .+)\\?$", "What $1 is the object that is not $2?"),
        new Rule("^How many (?!objects)(.+?) are there\\?$", "How many objects are not $1?"),
        new Rule("^Which (\\w+) is (\\w+)\\?$", "Which $1 is not $2?"),
        new Rule("\\b(is|are|does|do|can) ", "$1 not "));

    private static final List<Rule> AFFIRMATIONS = List.of(
        new Rule("\\b(is|are|does|do|can|was|were)n't\\b", "$1"),
        new Rule("\\b(not|never) ", ""),
        new Rule("\\bno (\\w+)", "a $1"),
        new Rule("\\bwithout\\b", "with"));

    private static final String RELATION = "to the left of|to the right of|on the left side of|on the right side of"
        + "|above|below|on|under|in front of|behind|inside|outside|taller than|smaller than|larger than|older than";

    /** "Is A left of B?" becomes "Is B left of A?", "more A than B" becomes "more B than A". */
    private static final List<Rule> OBJECT_SWAPS = List.of(
        new Rule("^(Is|Are) the ([\\w ]+?) (" + RELATION + ") the ([\\w ]+?)\\?", "$1 the $4 $3 the $2?"),
        new Rule("^Are there (more|fewer) ([\\w ]+?) than ([\\w ]+?)( on| in|\\?)", "Are there $1 $3 than $2$4"));

    private static final List<Rule> QUESTION_WORDS = List.of(
        new Rule("^How many (.+?) are there\\?$", "Why are there $1?"),
        new Rule("^How many ", "Where are the "),
        new Rule("^What (color|shape|sport) is (.+)\\?$", "Where is $2?"),
        new Rule("^(What|Which) (\\w+) is ", "Where is the $2 that is "),
        new Rule("^(What|Which) ", "Where "),
        new Rule("^(Is|Are|Does|Do) ", "Why $1 "));

    /** What people and things do or are, each changed into something else. */
    private static final List<Rule> ACTIONS = List.of(
        new Rule("\\bwearing\\b", "holding"), new Rule("\\bholding\\b", "eating"),
        new Rule("\\bsitting\\b", "standing"), new Rule("\\bstanding\\b", "sitting"),
        new Rule("\\bplaying\\b", "sleeping"), new Rule("\\bsleeping\\b", "crying"),
        new Rule("\\briding\\b", "feeding"), new Rule("\\bhanging\\b", "lying"),
        new Rule("\\blying\\b", "running"), new Rule("\\bflying\\b", "sitting"),
        new Rule("\\bstopped\\b", "moving"), new Rule("\\bparked\\b", "driving"),
        new Rule("\\bopen\\b", "closed"), new Rule("\\bclosed\\b", "open"),
        new Rule("\\bturned off\\b", "turned on"), new Rule("\\bcovered\\b", "bare"),
        new Rule("\\bcut into\\b", "served with"), new Rule("\\bshown\\b", "empty"),
        new Rule("\\bbeing played\\b", "being watched"), new Rule("\\bhave\\b", "shave"),
        new Rule("\\bshow\\b", "hide"));

    private static final List<Rule> SIZES = List.of(
        new Rule("\\blargest\\b", "smallest"), new Rule("\\bsmallest\\b", "largest"),
        new Rule("\\blarger\\b", "smaller"), new Rule("\\bsmaller\\b", "larger"),
        new Rule("\\blarge\\b", "small"), new Rule("\\bsmall\\b", "large"),
        new Rule("\\bmore\\b", "fewer"), new Rule("\\bfewer\\b", "more"),
        new Rule("\\btaller\\b", "shorter"), new Rule("\\bbigger\\b", "smaller"));
  }

  private record Rule(String regex, String replacement) {
    Optional<String> apply(String text) {
      Matcher matcher = Pattern.compile(regex).matcher(text);
      return matcher.find() ? Optional.of(matcher.replaceFirst(replacement)) : Optional.empty();
    }
  }

  private static Optional<String> firstOf(String question, List<Rule> rules) {
    return rules.stream().map(rule -> rule.apply(question)).flatMap(Optional::stream).findFirst();
  }

  /** One of the question's words from {@code words} becomes another of them ("an orange" becomes "a red"). */
  private static Optional<String> swapOne(String question, List<String> words, Random random) {
    Matcher matcher = Pattern.compile("\\b(" + String.join("|", words) + ")(s?)\\b").matcher(question);
    List<MatchPosition> found = matcher.results().map(r -> new MatchPosition(r.start(1), r.end(1), r.group(1))).toList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    MatchPosition chosen = found.get(random.nextInt(found.size()));
    List<String> others = words.stream().filter(word -> !word.equals(chosen.word())).toList();
    String replacement = others.get(random.nextInt(others.size()));
    String before = question.substring(0, chosen.start()).replaceFirst("\\ban? $", "");
    String article = question.substring(0, chosen.start()).matches("(?s).*\\ban? $")
        ? (replacement.matches("[aeiou].*") ? "an " : "a ") : "";
    return Optional.of(before + article + replacement + question.substring(chosen.end()));
  }

  private record MatchPosition(int start, int end, String word) {}

  private static Optional<String> swapPair(String question, String a, String b) {
    if (question.contains(a)) {
      return Optional.of(question.replace(a, b));
    }
    return question.contains(b) ? Optional.of(question.replace(b, a)) : Optional.empty();
  }

  private static Optional<String> replaceWord(String question, String word, String replacement) {
    return new Rule("\\b" + word + "\\b", replacement).apply(question);
  }

  /** A number changes; a question without one is asked about a number of things instead. */
  private static Optional<String> changeNumber(String question, Random random) {
    String number = Vocabulary.NUMBERS[random.nextInt(Vocabulary.NUMBERS.length)];
    Matcher digits = Pattern.compile("\\b(\\d+)\\b").matcher(question);
    if (digits.find()) {
      return Optional.of(digits.replaceFirst(Integer.toString(Integer.parseInt(digits.group(1)) + 1)));
    }
    List<Rule> rules = List.of(
        new Rule("\\bthree\\b", "four"), new Rule("\\btwo\\b", "three"), new Rule("\\bone\\b", "two"),
        new Rule("^Is there an? ([\\w ]+?) in ", "Are there " + number + " $1s in "),
        new Rule("^How many (.+?) are there\\?$", "Are there " + number + " $1?"),
        new Rule("^Are there more ", "Are there " + number + " more "),
        new Rule("^Which (\\w+) is ", "Which " + number + " $1s are "),
        new Rule("^What (color|shape) is the (.+)\\?$", "What $1 are the " + number + " $2s?"),
        new Rule(" the (\\w+ \\w+)\\?$", " the " + number + " $1s?"),
        new Rule("\\b(a|an) (\\w+)", number + " $2s"));
    return firstOf(question, rules);
  }
}
