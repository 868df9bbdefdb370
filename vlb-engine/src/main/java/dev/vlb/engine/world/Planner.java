package dev.vlb.engine.world;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The choices a planner LVLM makes for V1 and V2, made exact on the scene graph. A good planner adds
 * a plausible distractor, an object that looks like the question's subject in one attribute and sits
 * against it, and removes the object most easily confused with the subject. Neither knows whether the
 * answer survives: the editor checks that on the scene.
 */
final class Planner {

  /** How often a look-alike keeps the subject's colour (and may merge with it) rather than its shape. */
  private static final double SAME_COLOUR = 0.7;
  /** A look-alike's centre lies this many (summed) radii from its subject's: overlapping to touching. */
  private static final double NEAREST = 0.5;
  private static final double FARTHEST = 1.0;
  /** Objects whose outlines come this close (in pixels) count as touching, their regions may merge. */
  private static final double TOUCHING = 2;

  private Planner() {}

  /**
   * An object sharing the colour or the shape (not both) of one the question is about, placed so that
   * it overlaps or touches it; with no such object, one sharing a colour or shape the question names.
   */
  static SceneObject lookAlike(WorldScene world, SplittableRandom random) {
    Scene scene = world.scene();
    QuestionSpec spec = world.spec();
    List<SceneObject> subjects = subjects(world);
    List<SceneObject> anchors = subjects.isEmpty() ? named(world) : subjects;
    SceneObject anchor = Draws.pick(anchors.isEmpty() ? scene.objects() : anchors, random);
    Colour colour = subjects.isEmpty() ? pickNamed(spec.colours(), anchor.colour(), random) : anchor.colour();
    Shape shape = subjects.isEmpty() ? pickNamed(spec.shapes(), anchor.shape(), random) : anchor.shape();
    if (random.nextDouble() < SAME_COLOUR) {
      shape = other(Shape.values(), shape, random);
    } else {
      colour = other(Colour.values(), colour, random);
    }
    Size size = Draws.pick(Size.values(), random);
    double reach = (anchor.size().radius() + size.radius()) * scene.zoom() * random.nextDouble(NEAREST, FARTHEST);
    double angle = random.nextDouble(2 * Math.PI);
    return new SceneObject(shape, colour, size, anchor.x() + reach * Math.cos(angle), anchor.y() + reach * Math.sin(angle));
  }

  /** Of the candidate indices, the object most confusable with the question's subject. */
  static int mostConfusing(WorldScene world, List<Integer> candidates) {
    Scene scene = world.scene();
    List<SceneObject> subjects = subjects(world);
    Comparator<Integer> byConfusion =
        Comparator.<Integer>comparingInt(i -> confusion(world, subjects, scene.objects().get(i)))
            .thenComparing(Comparator.<Integer>comparingDouble(i -> gapToNearest(scene, subjects, i)).reversed());
    return candidates.stream().max(byConfusion).orElseThrow();
  }

  /** Shared attributes with the closest-looking subject, plus two when it touches one (a merge risk). */
  private static int confusion(WorldScene world, List<SceneObject> subjects, SceneObject object) {
    QuestionSpec spec = world.spec();
    if (subjects.isEmpty()) {
      return (spec.colours().contains(object.colour()) ? 1 : 0) + (spec.shapes().contains(object.shape()) ? 1 : 0);
    }
    double zoom = world.scene().zoom();
    return subjects.stream()
        .mapToInt(s -> (gap(s, object, zoom) <= TOUCHING ? 2 : 0)
            + (s.colour() == object.colour() ? 1 : 0)
            + (s.shape() == object.shape() ? 1 : 0))
        .max()
        .orElse(0);
  }

  private static double gapToNearest(Scene scene, List<SceneObject> subjects, int index) {
    SceneObject object = scene.objects().get(index);
    List<SceneObject> near = subjects.isEmpty() ? scene.objects() : subjects;
    return near.stream().filter(o -> o != object).mapToDouble(o -> gap(o, object, scene.zoom())).min().orElse(0);
  }

  /** The distance between two objects' circumcircles, negative when they overlap. */
  private static double gap(SceneObject a, SceneObject b, double zoom) {
    return Math.hypot(a.x() - b.x(), a.y() - b.y()) - (a.size().radius() + b.size().radius()) * zoom;
  }

  private static List<SceneObject> subjects(WorldScene world) {
    return world.scene().objects().stream().filter(o -> world.spec().about(o, world.scene())).toList();
  }

  /** Objects with a colour or shape the question names. */
  private static List<SceneObject> named(WorldScene world) {
    QuestionSpec spec = world.spec();
    return world.scene().objects().stream()
        .filter(o -> spec.colours().contains(o.colour()) || spec.shapes().contains(o.shape()))
        .toList();
  }

  /** One of the named values, in enum order so that draws do not depend on set iteration order. */
  private static <T extends Enum<T>> T pickNamed(Set<T> named, T fallback, SplittableRandom random) {
    return named.isEmpty() ? fallback : Draws.pick(named.stream().sorted().toList(), random);
  }

  private static <T> T other(T[] values, T excluded, SplittableRandom random) {
    return Draws.pick(Arrays.stream(values).filter(v -> v != excluded).toList(), random);
  }
}
