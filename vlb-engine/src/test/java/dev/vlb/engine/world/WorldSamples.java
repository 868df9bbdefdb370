package dev.vlb.engine.world;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.DatasetException;
import dev.vlb.api.spi.DatasetSource;
import dev.vlb.api.spi.Item;
import dev.vlb.api.spi.OptionLetter;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.configuration.EngineConfiguration;
import dev.vlb.engine.configuration.Settings;
import java.util.List;
import java.util.Map;

/** Samples of the synthetic world for tests: generated ones and hand-built ones. */
final class WorldSamples {

  private WorldSamples() {}

  /** 110 generated samples of seed 42 (ten template blocks), shared because rendering takes a while. */
  static List<Sample> many() {
    return Many.SAMPLES;
  }

  private static final class Many {
    static final List<Sample> SAMPLES = generated(42, 110);
  }

  static DatasetSource source(long seed, int limit) {
    return source(seed, limit, Map.of());
  }

  static DatasetSource source(long seed, int limit, Map<String, String> settings) {
    return EngineConfiguration.of(Settings.of(settings)).datasetSource("", limit, seed);
  }

  static List<Item> items(long seed, int count) {
    try (var entries = new SyntheticDataset().entries(source(seed, count))) {
      return entries.map(Item.class::cast).toList();
    }
  }

  static List<Sample> generated(long seed, int count) {
    return items(seed, count).stream().map(WorldSamples::toSample).toList();
  }

  static Sample toSample(Item item) {
    try {
      return item.toSample();
    } catch (DatasetException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A yes/no or short-answer sample about a hand-built scene, answered exactly. */
  static Sample sample(Scene scene, QuestionSpec spec) {
    return new Sample(
        "syn-test",
        SceneRenderer.render(scene),
        "",
        spec.text(),
        List.of(),
        spec.truth(scene).answer(),
        spec.type(),
        new WorldScene(scene, spec));
  }

  static SceneObject object(Shape shape, Colour colour, Size size, double x, double y) {
    return new SceneObject(shape, colour, size, x, y);
  }

  /** The answer as text: the option a multiple-choice letter points at, else the answer itself. */
  static String answerText(Sample sample) {
    return sample.type() == TaskType.MULTIPLE_CHOICE
        ? sample.choices().get(OptionLetter.indexOf(sample.answer()))
        : sample.answer();
  }

  static WorldScene world(Sample sample) {
    return (WorldScene) sample.scene();
  }
}
