package dev.vlb.engine.world;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.OptionLetter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generates item n of a seed, always the same: a random scene of 2 to 9 objects and a question of one
 * of the templates. Templates are dealt in shuffled blocks, one of each per block, so every block of
 * {@value #BLOCK} items holds every template, and yes/no answers alternate from block to block.
 */
final class WorldGenerator {

  static final int BLOCK = 11;
  /** The generator keeps a margin over the fairness limit, so that small edits keep it fair. */
  private static final double GENERATED_VISIBILITY = 0.6;
  private static final int PLACEMENT_ATTEMPTS = 300;
  private static final int SCENE_ATTEMPTS = 10_000;

  private WorldGenerator() {}

  /** Item {@code number} (1-based) of the seed. */
  static WorldItem generate(long seed, int number) {
    int block = (number - 1) / BLOCK;
    Template template = templateOrder(seed, block).get((number - 1) % BLOCK);
    boolean wantYes = (block + template.ordinal()) % 2 == 0;
    SplittableRandom random = Draws.random(seed, number);
    for (int attempt = 0; attempt < SCENE_ATTEMPTS; attempt++) {
      Scene scene = randomScene(random);
      Optional<QuestionSpec> spec =
          scene.size() >= 2 ? template.ask(scene, wantYes, random) : Optional.empty();
      if (spec.isPresent()) {
        return item(scene, spec.get(), random);
      }
    }
    throw new IllegalStateException(
        "No scene fits template " + template + " for item " + number + " of seed " + seed);
  }

  private static List<Template> templateOrder(long seed, int block) {
    return Draws.shuffled(Arrays.asList(Template.values()), Draws.random(seed, -1L - block));
  }

  /**
   * Objects draw their colours and shapes from a small palette of the scene, so that repeats (and
   * with them counting and referring) happen naturally.
   */
  static Scene randomScene(SplittableRandom random) {
    List<Colour> colours = palette(Colour.values(), random);
    List<Shape> shapes = palette(Shape.values(), random);
    int count = 2 + random.nextInt(8);
    Scene scene = new Scene(List.of(), 1.0);
    for (int attempt = 0; attempt < PLACEMENT_ATTEMPTS && scene.size() < count; attempt++) {
      SceneObject object =
          new SceneObject(
              Draws.pick(shapes, random),
              Draws.pick(colours, random),
              Draws.pick(Size.values(), random),
              random.nextDouble(Scene.WIDTH),
              random.nextDouble(Scene.HEIGHT));
      Scene candidate = scene.with(object);
      if (candidate.fair(GENERATED_VISIBILITY)) {
        scene = candidate;
      }
    }
    return scene;
  }

  private static <T> List<T> palette(T[] values, SplittableRandom random) {
    return Draws.shuffled(Arrays.asList(values), random).subList(0, 2 + random.nextInt(values.length - 1));
  }

  private static WorldItem item(Scene scene, QuestionSpec spec, SplittableRandom random) {
    String answer = spec.truth(scene).answer();
    if (spec.type() != TaskType.MULTIPLE_CHOICE) {
      return new WorldItem(scene, spec, List.of(), answer);
    }
    List<String> options = new ArrayList<>(spec.distractors(scene, answer, random));
    options.add(answer);
    List<String> choices = Draws.shuffled(options, random);
    String letter = OptionLetter.of(choices.indexOf(answer));
    return new WorldItem(scene, spec, choices, letter);
  }
}
