package dev.vlb.engine.world;

import dev.vlb.api.ImageStrategy;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.ImageEditor;
import dev.vlb.api.spi.Sample;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Exact V1-V3 on synthetic scenes: every edit changes the scene graph, proves on it that the answer is
 * unchanged, and re-renders the image from it. Edits compose, since each works on whatever scene the
 * sample holds.
 */
final class SceneEditor implements ImageEditor {

  private static final int PLACEMENT_ATTEMPTS = 400;
  private static final int LOOK_ALIKE_ATTEMPTS = 200;
  private static final int MAX_BORDER_OBJECTS = 2;
  private static final double VISIBILITY_EPSILON = 1e-9;

  private final double outpaintRatio;

  SceneEditor(double outpaintRatio) {
    this.outpaintRatio = outpaintRatio;
  }

  @Override
  public boolean supports(ImageStrategy strategy, Sample sample) {
    if (!(sample.scene() instanceof WorldScene world)) {
      return false;
    }
    return switch (strategy) {
      case ADD_OBJECT -> world.spec().allowsNewObjects();
      case REMOVE_OBJECT -> !removable(world).isEmpty();
      case OUTPAINT -> true;
    };
  }

  @Override
  public Sample edit(ImageStrategy strategy, Sample sample, long seed) {
    if (!(sample.scene() instanceof WorldScene world)) {
      throw new CannotBootstrapException(sample.id() + ": not a synthetic scene, cannot edit it exactly");
    }
    SplittableRandom random = Draws.random(seed, strategy.ordinal());
    Scene edited =
        switch (strategy) {
          case ADD_OBJECT -> distractor(world, random)
              .orElseThrow(() -> cannot(sample, "no object can be added without changing the answer"));
          case REMOVE_OBJECT -> removed(world)
              .orElseThrow(() -> cannot(sample, "every object bears on the answer, none can be removed"));
          case OUTPAINT -> outpainted(world, random);
        };
    return withScene(sample, world.with(edited));
  }

  /** The sample with the scene and its exact rendering; package-visible to build broken variants in tests. */
  static Sample withScene(Sample sample, WorldScene world) {
    return sample.withImage(SceneRenderer.render(world.scene()), world);
  }

  /**
   * V1 as a planner does it: a look-alike of the question's subject against it, drawn beneath
   * everything so it covers nothing; only when none keeps the answer, any object anywhere.
   */
  private static Optional<Scene> distractor(WorldScene world, SplittableRandom random) {
    if (!world.spec().allowsNewObjects()) {
      return Optional.empty();
    }
    for (int attempt = 0; attempt < LOOK_ALIKE_ATTEMPTS; attempt++) {
      Scene candidate = world.scene().beneath(Planner.lookAlike(world, random));
      if (keepsAnswer(world, candidate)) {
        return Optional.of(candidate);
      }
    }
    return added(world, random, object -> true);
  }

  /**
   * The scene plus one random object on top, placed where the filter allows and nothing the question
   * is about gets covered; it may cover other objects a little (clutter).
   */
  private static Optional<Scene> added(WorldScene world, SplittableRandom random, Predicate<SceneObject> placement) {
    if (!world.spec().allowsNewObjects()) {
      return Optional.empty();
    }
    for (int attempt = 0; attempt < PLACEMENT_ATTEMPTS; attempt++) {
      SceneObject object =
          new SceneObject(
              Draws.pick(Shape.values(), random),
              Draws.pick(Colour.values(), random),
              Draws.pick(Size.values(), random),
              random.nextDouble(Scene.WIDTH),
              random.nextDouble(Scene.HEIGHT));
      Scene candidate = world.scene().with(object);
      if (placement.test(object) && keepsAnswer(world, candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The exact answer survives, every object stays fair and none the question is about is covered more. */
  private static boolean keepsAnswer(WorldScene world, Scene candidate) {
    Scene scene = world.scene();
    QuestionSpec spec = world.spec();
    return spec.truth(candidate).equals(world.truth())
        && candidate.fair(Scene.MIN_VISIBLE)
        && IntStream.range(0, scene.size())
            .filter(i -> spec.about(scene.objects().get(i), scene))
            .allMatch(i -> visibility(candidate, scene.objects().get(i)) >= scene.visibility(i) - VISIBILITY_EPSILON);
  }

  /** The visibility of an object in a scene that may have gained one object before or after it. */
  private static double visibility(Scene scene, SceneObject object) {
    return scene.visibility(scene.objects().indexOf(object));
  }

  /** V2 as a planner does it: of the objects whose removal keeps the answer, the most confusing one. */
  private static Optional<Scene> removed(WorldScene world) {
    List<Integer> candidates = removable(world);
    return candidates.isEmpty()
        ? Optional.empty()
        : Optional.of(world.scene().without(Planner.mostConfusing(world, candidates)));
  }

  /** Indices of the objects the question is not about whose removal keeps the answer. */
  private static List<Integer> removable(WorldScene world) {
    Scene scene = world.scene();
    return IntStream.range(0, scene.size())
        .filter(i -> scene.size() > 1 && !world.spec().about(scene.objects().get(i), scene))
        .filter(i -> world.spec().truth(scene.without(i)).equals(world.truth()))
        .boxed()
        .toList();
  }

  /**
   * The canvas extended by the ratio and scaled back to 320x240, with up to two objects that the
   * question does not name added in the new border (none when any new object would change the answer).
   */
  private Scene outpainted(WorldScene world, SplittableRandom random) {
    Rectangle2D window = Scene.window(outpaintRatio);
    WorldScene result = world.with(world.scene().outpainted(outpaintRatio));
    int extra = random.nextInt(MAX_BORDER_OBJECTS + 1);
    for (int i = 0; i < extra; i++) {
      double zoom = result.scene().zoom();
      Optional<Scene> more = added(result, random, object -> outside(object, zoom, window));
      if (more.isPresent()) {
        result = result.with(more.get());
      }
    }
    return result.scene();
  }

  private static boolean outside(SceneObject object, double zoom, Rectangle2D window) {
    double r = object.size().radius() * zoom;
    return !window.intersects(object.x() - r, object.y() - r, 2 * r, 2 * r);
  }

  private static CannotBootstrapException cannot(Sample sample, String why) {
    return new CannotBootstrapException(sample.id() + ": " + why + " ('" + sample.question() + "')");
  }
}
