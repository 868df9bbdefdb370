package dev.vlb.engine.judge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The part of the text judge that embeddings cannot do: sentence embeddings barely notice "on" becoming
 * "under", so every number, colour, shape, size, spatial word, comparative, question word and negation
 * of the original must be in the variant (up to the lexicon's synonyms), none may be added, and every
 * other content word must survive or be replaced by a synonym. A spatial word or comparative may flip to
 * its converse only when its two noun phrases swap places too ("A left of B" = "B right of A"), and may
 * stay only when they do not.
 */
final class LexicalCheck {

  private final TermReader reader;
  private final Lexicon lexicon;

  private LexicalCheck(TermReader reader, Lexicon lexicon) {
    this.reader = reader;
    this.lexicon = lexicon;
  }

  static LexicalCheck create() {
    return new LexicalCheck(TermReader.create(), Lexicon.shared());
  }

  /** What changed in meaning from the original to the variant, for a person; empty when nothing did. */
  List<String> changes(String original, String variant) {
    List<Term> before = reader.read(original);
    List<Term> after = reader.read(variant);
    List<String> changes = new ArrayList<>();
    for (Kind kind : Kind.CLOSED) {
      changes.addAll(closedClassChanges(kind, before, after));
    }
    changes.addAll(contentChanges(before, after));
    return changes;
  }

  /**
   * The changes among one kind of word, counted one for one: a word missing from the variant "was dropped"
   * or "became" one that the variant added; one the variant has on top "was added".
   */
  private List<String> closedClassChanges(Kind kind, List<Term> before, List<Term> after) {
    List<Integer> missing = positions(kind, before);
    List<Integer> added = positions(kind, after);
    List<String> changes = new ArrayList<>();
    for (int at : List.copyOf(missing)) {
      Optional<Integer> same = first(added, after, before.get(at).canonical());
      if (same.isPresent()) {
        missing.remove(Integer.valueOf(at));
        added.remove(same.get());
        if (kind.relates() && !lexicon.isSymmetric(before.get(at).canonical())
            && order(before, at, after, same.get()) == Order.SWAPPED) {
          changes.add(swapped(before, at));
        }
      }
    }
    for (int at : missing) {
      Term term = before.get(at);
      Optional<Integer> converse = kind.relates()
          ? lexicon.opposite(term.canonical()).flatMap(opposite -> first(added, after, opposite))
          : Optional.empty();
      Optional<Integer> replaced = converse.or(() -> added.stream().findFirst());
      replaced.ifPresent(added::remove);
      if (converse.isEmpty() || order(before, at, after, converse.get()) != Order.SWAPPED) {
        changes.add(kind.label() + " '" + term.surface() + "' "
            + replaced.map(r -> "became '" + after.get(r).surface() + "'").orElse("was dropped"));
      }
    }
    added.forEach(at -> changes.add(kind.label() + " '" + after.get(at).surface() + "' was added"));
    return changes;
  }

  private static List<Integer> positions(Kind kind, List<Term> terms) {
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      if (terms.get(i).kind() == kind) {
        positions.add(i);
      }
    }
    return positions;
  }

  private static Optional<Integer> first(List<Integer> positions, List<Term> terms, String canonical) {
    return positions.stream().filter(at -> terms.get(at).canonical().equals(canonical)).findFirst();
  }

  private static String swapped(List<Term> before, int at) {
    Related related = Phrase.relatedBy(before, at).orElseThrow();
    return "'" + related.first().text(before) + "' and '" + related.second().text(before)
        + "' swapped places around '" + before.get(at).surface() + "'";
  }

  /** How the variant orders the noun phrases that a relation of the original relates. */
  private enum Order {
    SAME,
    SWAPPED,
    UNKNOWN
  }

  /**
   * The order, in the variant around its relation at {@code at2}, of the two noun phrases the original's
   * relation at {@code at1} relates: the phrases on either side of it ("the red star" left of "the blue
   * circle"), or else the two after it ("more red objects than blue objects").
   */
  private static Order order(List<Term> before, int at1, List<Term> after, int at2) {
    Optional<Related> related = Phrase.relatedBy(before, at1);
    if (related.isEmpty()) {
      return Order.UNKNOWN;
    }
    // Only the variant's phrases that resemble one of the two count ("the number of" does not).
    Related original = related.get();
    List<Phrase> resembling = Phrase.all(after).stream().filter(p -> original.role(p) != 0).toList();
    Optional<Related> around = Related.around(resembling, at2);
    if (around.isEmpty()) {
      return Order.UNKNOWN;
    }
    int first = original.role(around.get().first());
    int second = original.role(around.get().second());
    return first == 1 && second == 2 ? Order.SAME : first == 2 && second == 1 ? Order.SWAPPED : Order.UNKNOWN;
  }

  /** The two noun phrases a relation relates, in the order the text names them. */
  private record Related(Phrase first, Phrase second) {

    /** The phrases on either side of position {@code at}, or else the two after it. */
    static Optional<Related> around(List<Phrase> phrases, int at) {
      List<Phrase> preceding = phrases.stream().filter(p -> p.end() <= at).toList();
      List<Phrase> following = phrases.stream().filter(p -> p.start() > at).toList();
      if (!preceding.isEmpty() && !following.isEmpty()) {
        return Optional.of(new Related(preceding.get(preceding.size() - 1), following.get(0)));
      }
      return preceding.isEmpty() && following.size() >= 2
          ? Optional.of(new Related(following.get(0), following.get(1)))
          : Optional.empty();
    }

    /** 1 if the phrase shares more words with the first than with the second, 2 if the reverse, else 0. */
    int role(Phrase phrase) {
      long withFirst = phrase.words().stream().filter(first.words()::contains).count();
      long withSecond = phrase.words().stream().filter(second.words()::contains).count();
      return withFirst > withSecond ? 1 : withSecond > withFirst ? 2 : 0;
    }
  }

  /** A run of words that name things ("two large red stars"), with the canonical forms of its words. */
  private record Phrase(int start, int end, Set<String> words) {

    static List<Phrase> all(List<Term> terms) {
      List<Phrase> phrases = new ArrayList<>();
      int i = 0;
      while (i < terms.size()) {
        if (!terms.get(i).kind().namesThings()) {
          i++;
          continue;
        }
        int start = i;
        Set<String> words = new HashSet<>();
        while (i < terms.size() && terms.get(i).kind().namesThings()) {
          words.add(terms.get(i).canonical());
          i++;
        }
        phrases.add(new Phrase(start, i, words));
      }
      return phrases;
    }

    /** The two phrases the relation at {@code at} relates. */
    static Optional<Related> relatedBy(List<Term> terms, int at) {
      return Related.around(all(terms), at);
    }

    String text(List<Term> terms) {
      return String.join(" ", terms.subList(start, end).stream().map(Term::surface).toList());
    }
  }

  /**
   * Each content word of the original (noun, verb, adjective) must be in the variant, in any inflection,
   * or be replaced by a synonym; the variant may add words ("the number of", "located").
   */
  private static List<String> contentChanges(List<Term> before, List<Term> after) {
    List<Term> candidates = after.stream().filter(LexicalCheck::isContent).toList();
    List<Term> novel = new ArrayList<>(
        candidates.stream().filter(t -> before.stream().noneMatch(b -> sameWord(b, t))).toList());
    List<String> changes = new ArrayList<>();
    for (Term word : before.stream().filter(LexicalCheck::isContent).distinct().toList()) {
      if (candidates.stream().noneMatch(t -> sameWord(word, t) || synonyms(word, t))) {
        Optional<Term> replacement = novel.stream().filter(t -> t.kind() == word.kind()).findFirst()
            .or(() -> novel.stream().findFirst());
        replacement.ifPresent(novel::remove);
        changes.add(word.kind().label() + " '" + word.surface() + "' "
            + replacement.map(t -> "became '" + t.surface() + "'").orElse("was dropped"));
      }
    }
    return changes;
  }

  private static boolean isContent(Term term) {
    return term.kind() == Kind.NOUN || term.kind() == Kind.OTHER;
  }

  private static boolean sameWord(Term a, Term b) {
    return a.canonical().equals(b.canonical()) || a.surface().equals(b.surface())
        || WordNet.baseForms(a.surface()).stream().anyMatch(WordNet.baseForms(b.surface())::contains);
  }

  private static boolean synonyms(Term a, Term b) {
    return WordNet.synonyms(a.surface(), b.surface());
  }
}
