package dev.vlb.engine.world;

import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.QuestionRewriter;
import dev.vlb.api.spi.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * L3 for the synthetic world: puts a true description of the scene before the question. It describes
 * what surrounds the question's subject (how many objects when the answer is not a number, where they
 * lie, the objects the question does not concern), and drops every phrase that would give the answer.
 */
final class SceneDescriber implements QuestionRewriter {

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
    if (world.scene().cutByEdge()) {
      sentences.add("Some are cut off at the edge.");
    }
    sentences.add(othersSentence(others));
    String description =
        sentences.stream()
            .filter(s -> !s.isEmpty() && world.spec().leak(s, truth).isEmpty())
            .collect(Collectors.joining(" "));
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
    return derivable
        ? "Flat coloured shapes are drawn on a light background."
        : "The image shows " + objects + ".";
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
    return "They are spread out.";
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
    return "There " + (phrases.size() == 1 ? "is also " : "are also ") + listed(phrases) + ".";
  }

  private static String listed(List<String> phrases) {
    if (phrases.size() == 1) {
      return phrases.get(0);
    }
    return String.join(", ", phrases.subList(0, phrases.size() - 1)) + " and " + phrases.get(phrases.size() - 1);
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
