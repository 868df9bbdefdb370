package dev.vlb.engine.world;

import dev.vlb.api.TaskType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A question of the synthetic world in structured form. It words itself in the canonical template of
 * the world contract and computes its exact answer on any scene, which is what lets editors, the L3
 * describer and the oracle judge work exactly.
 */
sealed interface QuestionSpec {

  /** The question in its canonical English template. */
  String text();

  TaskType type();

  /** The dataset category: existence, spatial, compare, color, count, shape, largest or total. */
  String kind();

  /** The exact answer on this scene: for multiple choice, the correct option's text. */
  Truth truth(Scene scene);

  /** Colours the question names. */
  default Set<Colour> colours() {
    return Set.of();
  }

  /** Shapes the question names. */
  default Set<Shape> shapes() {
    return Set.of();
  }

  /**
   * Whether the object bears on the answer in any way (it has a colour or shape the question names),
   * so a description of the scene leaves it out.
   */
  default boolean concerns(SceneObject object, Scene scene) {
    return colours().contains(object.colour()) || shapes().contains(object.shape());
  }

  /**
   * Whether the question is about this very object: edits never remove or cover it, and a planner's
   * distractor imitates it. Narrower than {@link #concerns}: "the red star" is about red stars only.
   */
  default boolean about(SceneObject object, Scene scene) {
    return concerns(object, scene);
  }

  /** False for questions every added object would change (counting all objects). */
  default boolean allowsNewObjects() {
    return true;
  }

  /** Three wrong options for a multiple-choice question, distinct from the answer and each other. */
  default List<String> distractors(Scene scene, String answer, SplittableRandom random) {
    return List.of();
  }

  /** Phrases that would reveal a yes/no answer when they appear in context. */
  default List<String> subjectTerms() {
    return List.of();
  }

  /**
   * What a description may locate for this question without giving its answer away, so it grounds
   * the question's subject; empty when any hint about the subject would tell the answer.
   */
  default Optional<Subject> subject() {
    return Optional.empty();
  }

  /**
   * The objects a question is about and the words naming them ("red star", "green object").
   *
   * @param single whether the words designate one object ("the star"), rather than all of a kind
   */
  record Subject(String words, Predicate<SceneObject> filter, boolean single) {}

  /** The first phrase of the text that gives the answer away, if any. */
  default Optional<String> leak(String text, Truth truth) {
    List<String> terms = new ArrayList<>(subjectTerms());
    if (type() != TaskType.YES_NO && truth.defined()) {
      String answer = truth.answer().replaceFirst("^the ", "");
      terms.add(answer);
      if (truth.isNumber() && Integer.parseInt(answer) < NUMBER_WORDS.size()) {
        terms.add(NUMBER_WORDS.get(Integer.parseInt(answer)));
      }
    }
    return terms.stream().filter(term -> mentions(text, term)).findFirst();
  }

  private static boolean mentions(String text, String term) {
    return Pattern.compile("(?i)\\b" + Pattern.quote(term) + "s?\\b").matcher(text).find();
  }

  Pattern RELATION_WORDS = Pattern.compile("(?i)\\b(?:left of|right of|above|below|beside|next to)\\b");

  /**
   * A mention of the counted objects with a word that implies how many there are ("the star", "two
   * red circles", "a single star"); "every star" says nothing about the number.
   */
  private static Optional<String> countedMention(String text, String words) {
    Matcher matcher =
        Pattern.compile("(?i)\\b(?:a|an|the|one|single|only|both|\\d+|" + String.join("|", NUMBER_WORDS)
            + ")\\s+(?:\\w+\\s+)?" + Pattern.quote(words) + "s?\\b").matcher(text);
    return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
  }

  List<String> NUMBER_WORDS =
      List.of(
          "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve");

  /** The answer about the one object the filter designates, or why there is no single one. */
  private static Truth designated(
      Scene scene, Predicate<SceneObject> filter, String phrase, Function<SceneObject, String> answer) {
    long matches = scene.count(filter);
    return matches == 1
        ? Truth.of(answer.apply(scene.unique(filter).orElseThrow()))
        : Truth.undefined("'the " + phrase + "' designates " + matches + " objects");
  }

  private static <T> List<String> others(T[] values, T answer, Function<T, String> word, SplittableRandom random) {
    List<String> words = Arrays.stream(values).filter(v -> v != answer).map(word).toList();
    return Draws.shuffled(words, random).subList(0, 3);
  }

  /** "Is there a {c} {s} in the image?" ("an" before a vowel: "Is there an orange star in the image?"). */
  record Exists(Colour colour, Shape shape) implements QuestionSpec {
    @Override
    public String text() {
      return "Is there " + Article.indefinite(colour.canonical() + " " + shape.canonical()) + " in the image?";
    }

    @Override
    public TaskType type() {
      return TaskType.YES_NO;
    }

    @Override
    public String kind() {
      return "existence";
    }

    @Override
    public Truth truth(Scene scene) {
      return Truth.of(scene.count(o -> o.is(colour, shape)) > 0);
    }

    @Override
    public boolean about(SceneObject object, Scene scene) {
      return object.is(colour, shape);
    }

    @Override
    public Set<Colour> colours() {
      return Set.of(colour);
    }

    @Override
    public Set<Shape> shapes() {
      return Set.of(shape);
    }

    @Override
    public List<String> subjectTerms() {
      return List.of(colour.canonical() + " " + shape.canonical());
    }
  }

  /** "Is the {c} {s} to the left of the {c2} {s2}?" and the other relations. */
  record Spatial(Colour colour, Shape shape, Relation relation, Colour otherColour, Shape otherShape)
      implements QuestionSpec {
    @Override
    public String text() {
      return "Is the " + subjectName() + " " + relation.words() + " the " + referenceName() + "?";
    }

    @Override
    public TaskType type() {
      return TaskType.YES_NO;
    }

    @Override
    public String kind() {
      return "spatial";
    }

    @Override
    public Truth truth(Scene scene) {
      Optional<SceneObject> a = scene.unique(o -> o.is(colour, shape));
      Optional<SceneObject> b = scene.unique(o -> o.is(otherColour, otherShape));
      if (a.isEmpty() || b.isEmpty()) {
        String missing = a.isEmpty() ? subjectName() : referenceName();
        return Truth.undefined(
            "'the " + missing + "' designates " + scene.count(o -> o.name().equals(missing)) + " objects");
      }
      double margin = relation.margin(a.get(), b.get());
      if (Math.abs(margin) < scene.tolerance()) {
        return Truth.undefined(
            "the centres of the " + subjectName() + " and the " + referenceName() + " are too close to tell");
      }
      return Truth.of(margin > 0);
    }

    @Override
    public boolean about(SceneObject object, Scene scene) {
      return object.is(colour, shape) || object.is(otherColour, otherShape);
    }

    @Override
    public Set<Colour> colours() {
      return EnumSet.of(colour, otherColour);
    }

    @Override
    public Set<Shape> shapes() {
      return EnumSet.of(shape, otherShape);
    }

    /** One object's place may ground the question; both objects, or a relation word with one, answer it. */
    @Override
    public Optional<String> leak(String text, Truth truth) {
      List<String> mentioned = Stream.of(subjectName(), referenceName()).filter(name -> mentions(text, name)).toList();
      if (mentioned.size() == 2 || (mentioned.size() == 1 && RELATION_WORDS.matcher(text).find())) {
        return Optional.of(mentioned.get(0));
      }
      return Optional.empty();
    }

    @Override
    public Optional<Subject> subject() {
      return Optional.of(new Subject(subjectName(), o -> o.is(colour, shape), true));
    }

    private String subjectName() {
      return colour.canonical() + " " + shape.canonical();
    }

    private String referenceName() {
      return otherColour.canonical() + " " + otherShape.canonical();
    }
  }

  /** "Are there more {c} objects than {c2} objects?" */
  record Compare(Colour colour, Colour other) implements QuestionSpec {
    @Override
    public String text() {
      return "Are there more " + colour.canonical() + " objects than " + other.canonical() + " objects?";
    }

    @Override
    public TaskType type() {
      return TaskType.YES_NO;
    }

    @Override
    public String kind() {
      return "compare";
    }

    @Override
    public Truth truth(Scene scene) {
      return Truth.of(scene.count(o -> o.colour() == colour) > scene.count(o -> o.colour() == other));
    }

    @Override
    public Set<Colour> colours() {
      return EnumSet.of(colour, other);
    }

    @Override
    public List<String> subjectTerms() {
      return List.of(colour.canonical(), other.canonical());
    }
  }

  /** "What color is the {s}?" (multiple choice). */
  record ColourOfShape(Shape shape) implements QuestionSpec {
    @Override
    public String text() {
      return "What color is the " + shape.canonical() + "?";
    }

    @Override
    public TaskType type() {
      return TaskType.MULTIPLE_CHOICE;
    }

    @Override
    public Optional<Subject> subject() {
      return Optional.of(new Subject(shape.canonical(), o -> o.shape() == shape, true));
    }

    @Override
    public String kind() {
      return "color";
    }

    @Override
    public Truth truth(Scene scene) {
      return designated(scene, o -> o.shape() == shape, shape.canonical(), o -> o.colour().canonical());
    }

    @Override
    public Set<Shape> shapes() {
      return Set.of(shape);
    }

    @Override
    public List<String> distractors(Scene scene, String answer, SplittableRandom random) {
      return others(Colour.values(), colourNamed(answer), Colour::canonical, random);
    }
  }

  /** "What color is the {z} {s}?" (short answer). */
  record ColourOfSizedShape(Size size, Shape shape) implements QuestionSpec {
    @Override
    public String text() {
      return "What color is the " + size.canonical() + " " + shape.canonical() + "?";
    }

    @Override
    public TaskType type() {
      return TaskType.SHORT_ANSWER;
    }

    @Override
    public Optional<Subject> subject() {
      return Optional.of(new Subject(size.canonical() + " " + shape.canonical(),
          o -> o.shape() == shape && o.size() == size, true));
    }

    @Override
    public String kind() {
      return "color";
    }

    @Override
    public Truth truth(Scene scene) {
      return designated(
          scene,
          o -> o.shape() == shape && o.size() == size,
          size.canonical() + " " + shape.canonical(),
          o -> o.colour().canonical());
    }

    @Override
    public boolean about(SceneObject object, Scene scene) {
      return object.shape() == shape && object.size() == size;
    }

    @Override
    public Set<Shape> shapes() {
      return Set.of(shape);
    }
  }

  /** "How many {c} {s}s are there?" (multiple choice). */
  record CountOfKind(Colour colour, Shape shape) implements QuestionSpec {
    @Override
    public String text() {
      return "How many " + colour.canonical() + " " + shape.plural() + " are there?";
    }

    @Override
    public TaskType type() {
      return TaskType.MULTIPLE_CHOICE;
    }

    @Override
    public Optional<String> leak(String text, Truth truth) {
      return QuestionSpec.super.leak(text, truth)
          .or(() -> countedMention(text, colour.canonical() + " " + shape.canonical()));
    }

    @Override
    public Optional<Subject> subject() {
      return Optional.of(new Subject(colour.canonical() + " " + shape.canonical(), o -> o.is(colour, shape), false));
    }

    @Override
    public String kind() {
      return "count";
    }

    @Override
    public Truth truth(Scene scene) {
      return Truth.of(scene.count(o -> o.is(colour, shape)));
    }

    @Override
    public boolean about(SceneObject object, Scene scene) {
      return object.is(colour, shape);
    }

    @Override
    public Set<Colour> colours() {
      return Set.of(colour);
    }

    @Override
    public Set<Shape> shapes() {
      return Set.of(shape);
    }

    /** Nearby counts, the plausible confusions. */
    @Override
    public List<String> distractors(Scene scene, String answer, SplittableRandom random) {
      int count = Integer.parseInt(answer);
      List<String> near =
          IntStream.rangeClosed(Math.max(0, count - 2), count + 3)
              .filter(n -> n != count)
              .mapToObj(Integer::toString)
              .toList();
      return Draws.shuffled(near, random).subList(0, 3);
    }
  }

  /** "How many {s}s are there?" (short answer). */
  record CountShape(Shape shape) implements QuestionSpec {
    @Override
    public String text() {
      return "How many " + shape.plural() + " are there?";
    }

    @Override
    public TaskType type() {
      return TaskType.SHORT_ANSWER;
    }

    @Override
    public Optional<String> leak(String text, Truth truth) {
      return QuestionSpec.super.leak(text, truth).or(() -> countedMention(text, shape.canonical()));
    }

    @Override
    public Optional<Subject> subject() {
      return Optional.of(new Subject(shape.canonical(), o -> o.shape() == shape, false));
    }

    @Override
    public String kind() {
      return "count";
    }

    @Override
    public Truth truth(Scene scene) {
      return Truth.of(scene.count(o -> o.shape() == shape));
    }

    @Override
    public Set<Shape> shapes() {
      return Set.of(shape);
    }
  }

  /** "How many objects are there?" (short answer). */
  record CountAll() implements QuestionSpec {
    @Override
    public String text() {
      return "How many objects are there?";
    }

    @Override
    public TaskType type() {
      return TaskType.SHORT_ANSWER;
    }

    @Override
    public String kind() {
      return "total";
    }

    @Override
    public Truth truth(Scene scene) {
      return Truth.of(scene.size());
    }

    @Override
    public boolean concerns(SceneObject object, Scene scene) {
      return true;
    }

    /** Small objects are the ones a count misses, so a description may say where they lie. */
    @Override
    public Optional<Subject> subject() {
      return Optional.of(new Subject("small object", o -> o.size() == Size.SMALL, false));
    }

    @Override
    public boolean allowsNewObjects() {
      return false;
    }
  }

  /** "What shape is the {c} object?" (multiple choice or short answer). */
  record ShapeOfColour(Colour colour, TaskType type) implements QuestionSpec {
    @Override
    public String text() {
      return "What shape is the " + colour.canonical() + " object?";
    }

    @Override
    public Optional<Subject> subject() {
      return Optional.of(new Subject(colour.canonical() + " object", o -> o.colour() == colour, true));
    }

    @Override
    public String kind() {
      return "shape";
    }

    @Override
    public Truth truth(Scene scene) {
      return designated(
          scene, o -> o.colour() == colour, colour.canonical() + " object", o -> o.shape().canonical());
    }

    @Override
    public Set<Colour> colours() {
      return Set.of(colour);
    }

    @Override
    public List<String> distractors(Scene scene, String answer, SplittableRandom random) {
      return others(Shape.values(), shapeNamed(answer), Shape::canonical, random);
    }
  }

  /** "Which object is largest?" (multiple choice; options name objects, e.g. "the red circle"). */
  record Largest() implements QuestionSpec {
    @Override
    public String text() {
      return "Which object is largest?";
    }

    @Override
    public TaskType type() {
      return TaskType.MULTIPLE_CHOICE;
    }

    @Override
    public String kind() {
      return "largest";
    }

    @Override
    public Truth truth(Scene scene) {
      Size largest = largestSize(scene);
      long count = scene.count(o -> o.size() == largest);
      if (count != 1) {
        return Truth.undefined(count + " objects share the largest size");
      }
      SceneObject object = scene.unique(o -> o.size() == largest).orElseThrow();
      return designated(scene, o -> o.is(object.colour(), object.shape()), object.name(), o -> "the " + o.name());
    }

    /** Objects of the largest size decide the answer; a new one of that size would tie. */
    @Override
    public boolean concerns(SceneObject object, Scene scene) {
      return object.size() == largestSize(scene);
    }

    /** Other objects of the scene first (they are the real confusions), then absent ones. */
    @Override
    public List<String> distractors(Scene scene, String answer, SplittableRandom random) {
      List<String> present =
          scene.objects().stream().filter(scene::hasUniqueName).map(o -> "the " + o.name()).toList();
      List<String> absent = new ArrayList<>();
      for (Colour colour : Colour.values()) {
        for (Shape shape : Shape.values()) {
          if (scene.count(o -> o.is(colour, shape)) == 0) {
            absent.add("the " + colour.canonical() + " " + shape.canonical());
          }
        }
      }
      List<String> options = new ArrayList<>(Draws.shuffled(present, random));
      options.addAll(Draws.shuffled(absent, random));
      options.remove(answer);
      return options.subList(0, 3);
    }

    private static Size largestSize(Scene scene) {
      return scene.objects().stream().map(SceneObject::size).max(Enum::compareTo).orElse(Size.SMALL);
    }
  }

  private static Colour colourNamed(String word) {
    return Arrays.stream(Colour.values()).filter(c -> c.canonical().equals(word)).findFirst().orElseThrow();
  }

  private static Shape shapeNamed(String word) {
    return Arrays.stream(Shape.values()).filter(s -> s.canonical().equals(word)).findFirst().orElseThrow();
  }
}
