package dev.vlb.engine.world;

import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.QuestionRewriter;
import dev.vlb.api.spi.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * L3 for the synthetic world: puts a true description of the scene before the question. It grounds the
 * question's subject by what is not asked about it (where it lies, whether it is small, partly hidden
 * or cut off; never its attribute in question nor, for a count, how many), and describes what
 * surrounds it (how many objects when the answer is not a number, a few objects the question does not
 * concern). Every phrase that would give the answer is dropped.
 */
final class SceneDescriber implements QuestionRewriter {

  /** Other objects named at most: each costs the reader attention and the subject matters more. */
  private static final int MAX_OTHERS = 3;
  /** An object showing less than this share of itself reads as partly hidden. */
  private static final double HIDDEN = 0.9;

  @Override
  public boolean supports(QuestionStrategy strategy, Sample sample) {
    return strategy == QuestionStrategy.RELEVANT_CONTEXT && sample.scene() instanceof WorldScene;
  }

  @Override
  public Sample rewrite(QuestionStrategy strategy, Sample sample, long seed) {
    if (!supports(strategy, sample)) {
      throw new CannotBootstrapException(sample.id() + ": the synthetic world describes only its own scenes (L3)");
    }
    WorldScene world = (WorldScene) sample.scene();
    Truth truth = world.truth();
    List<String> others = others(world, sample.choices(), Draws.random(seed, strategy.ordinal()));
    List<String> sentences = new ArrayList<>();
    sentences.add(overview(world.scene(), truth, others.size()));
    sentences.add(layout(world.scene()));
    world.spec().subject().ifPresent(subject -> sentences.add(grounding(world.scene(), subject)));
    sentences.add(othersSentence(others.subList(0, Math.min(MAX_OTHERS, others.size()))));
    String description =
        sentences.stream()
            .filter(s -> !s.isEmpty() && world.spec().leak(s, truth).isEmpty())
            .collect(Collectors.joining(" "));
    if (description.isEmpty()) {
      description = "Flat coloured shapes are drawn on a light background.";
    }
    String context = sample.context().isBlank() ? description : sample.context().strip() + "\n" + description;
    return sample.withContext(context);
  }

  /**
   * The number of objects, which helps a model count, unless the answer follows from it: it is the
   * answer, or the answer once the listed other objects are subtracted.
   */
  private static String overview(Scene scene, Truth truth, int listed) {
    boolean derivable =
        truth.isNumber() && (truth.answer().equals(Integer.toString(scene.size()))
            || truth.answer().equals(Integer.toString(scene.size() - listed)));
    String objects = scene.size() == 1 ? "one object" : scene.size() + " objects";
    return derivable ? "" : "The image shows " + objects + ".";
  }

  private static String layout(Scene scene) {
    long left = scene.count(o -> o.x() < Scene.WIDTH / 2.0);
    long top = scene.count(o -> o.y() < Scene.HEIGHT / 2.0);
    long total = scene.size();
    if (left > 2 * (total - left)) {
      return "Most are on the left.";
    }
    if (total - left > 2 * left) {
      return "Most are on the right.";
    }
    if (top > 2 * (total - top)) {
      return "Most are in the upper half.";
    }
    if (total - top > 2 * top) {
      return "Most are in the lower half.";
    }
    return "";
  }

  /**
   * Where the subject lies and what makes it easy to miss: "The star lies at the top left; it is small
   * and partly hidden." For all objects of a kind, a region that holds them all and what some may be,
   * which says nothing about how many there are: "Every triangle lies in the lower half; some may be
   * small." Empty when no single region holds them.
   */
  private static String grounding(Scene scene, QuestionSpec.Subject subject) {
    List<Integer> indices =
        IntStream.range(0, scene.size()).filter(i -> subject.filter().test(scene.objects().get(i))).boxed().toList();
    List<SceneObject> objects = indices.stream().map(scene.objects()::get).toList();
    Optional<String> region = region(objects);
    if (region.isEmpty()) {
      return "";
    }
    List<String> traits = new ArrayList<>();
    if (objects.stream().anyMatch(o -> o.size() == Size.SMALL)) {
      traits.add("small");
    }
    if (indices.stream().anyMatch(i -> scene.visibility(i) < HIDDEN && !scene.cutByEdge(scene.objects().get(i)))) {
      traits.add("partly hidden");
    }
    if (objects.stream().anyMatch(scene::cutByEdge)) {
      traits.add("cut off at the edge");
    }
    traits.removeIf(subject.words()::contains);
    String where = subject.words() + " lies " + region.get();
    if (subject.single()) {
      return "The " + where + (traits.isEmpty() ? "" : "; it is " + listed(traits, "and")) + ".";
    }
    return "Every " + where + (traits.isEmpty() ? "" : "; some may be " + listed(traits, "or")) + ".";
  }

  /** The place all the objects share, else the half of the canvas that holds them all. */
  private static Optional<String> region(List<SceneObject> objects) {
    if (objects.isEmpty()) {
      return Optional.empty();
    }
    Set<String> places = objects.stream().map(SceneDescriber::place).collect(Collectors.toSet());
    if (places.size() == 1) {
      return Optional.of(places.iterator().next());
    }
    if (objects.stream().allMatch(o -> o.y() < Scene.HEIGHT / 2.0)) {
      return Optional.of("in the upper half");
    }
    if (objects.stream().allMatch(o -> o.y() >= Scene.HEIGHT / 2.0)) {
      return Optional.of("in the lower half");
    }
    if (objects.stream().allMatch(o -> o.x() < Scene.WIDTH / 2.0)) {
      return Optional.of("on the left side");
    }
    if (objects.stream().allMatch(o -> o.x() >= Scene.WIDTH / 2.0)) {
      return Optional.of("on the right side");
    }
    return Optional.empty();
  }

  /** Objects the question does not concern and no option names, each only if it leaks nothing. */
  private static List<String> others(WorldScene world, List<String> choices, SplittableRandom random) {
    Scene scene = world.scene();
    Truth truth = world.truth();
    List<String> phrases =
        scene.objects().stream()
            .filter(o -> !world.spec().concerns(o, scene))
            .filter(o -> choices.stream().noneMatch(choice -> choice.contains(o.name())))
            .map(o -> Article.indefinite(o.description()) + " " + place(o))
            .filter(phrase -> world.spec().leak(phrase, truth).isEmpty())
            .toList();
    return Draws.shuffled(phrases, random);
  }

  private static String othersSentence(List<String> phrases) {
    if (phrases.isEmpty()) {
      return "";
    }
    return "There " + (phrases.size() == 1 ? "is also " : "are also ") + listed(phrases, "and") + ".";
  }

  private static String listed(List<String> phrases, String conjunction) {
    if (phrases.size() == 1) {
      return phrases.get(0);
    }
    return String.join(", ", phrases.subList(0, phrases.size() - 1)) + " " + conjunction + " "
        + phrases.get(phrases.size() - 1);
  }

  /** Where an object lies, by thirds of the canvas: "at the top left", "in the centre". */
  static String place(SceneObject object) {
    String vertical = third(object.y(), Scene.HEIGHT, "top", "", "bottom");
    String horizontal = third(object.x(), Scene.WIDTH, "left", "", "right");
    if (vertical.isEmpty() && horizontal.isEmpty()) {
      return "in the centre";
    }
    if (vertical.isEmpty()) {
      return "on the " + horizontal;
    }
    return ("at the " + vertical + " " + horizontal).strip();
  }

  private static String third(double value, int extent, String low, String middle, String high) {
    if (value < extent / 3.0) {
      return low;
    }
    return value < 2 * extent / 3.0 ? middle : high;
  }
}
