package dev.vlb.engine.world;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.Dataset;
import dev.vlb.api.spi.DatasetEntry;
import dev.vlb.api.spi.DatasetSource;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.ImageEditor;
import dev.vlb.api.spi.Item;
import dev.vlb.api.spi.Judge;
import dev.vlb.api.spi.Origin;
import dev.vlb.api.spi.QuestionRewriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The embedded, offline default dataset: procedurally generated scenes of coloured shapes with
 * questions of known answer, exact V1-V3 editors, an exact L3 describer and an exact judge. Item n of a
 * seed is always the same; images are rendered only when loaded.
 */
@API(status = INTERNAL, since = "0.1")
public final class SyntheticDataset implements Dataset {

  public static final String ID = "synthetic";

  private static final int DEFAULT_COUNT = 100;

  private final Function<Scene, Image> renderer;

  public SyntheticDataset() {
    this(SceneRenderer::render);
  }

  SyntheticDataset(Function<Scene, Image> renderer) {
    this.renderer = renderer;
  }

  @Override
  public String id() {
    return ID;
  }

  /** {@code source.limit()} items ({@value #DEFAULT_COUNT} when 0) of {@code source.seed()}. */
  @Override
  public Stream<DatasetEntry> entries(DatasetSource source) {
    int count = source.limit() > 0 ? source.limit() : DEFAULT_COUNT;
    return IntStream.rangeClosed(1, count).mapToObj(number -> item(source.seed(), number));
  }

  @Override
  public List<ImageEditor> imageEditors(DatasetSource source) {
    return List.of(new SceneEditor(source.outpaintRatio()));
  }

  @Override
  public List<QuestionRewriter> questionRewriters(DatasetSource source) {
    return List.of(new SceneDescriber());
  }

  @Override
  public Optional<Judge> judge(DatasetSource source) {
    return Optional.of(new OracleJudge());
  }

  private DatasetEntry item(long seed, int number) {
    WorldItem generated = WorldGenerator.generate(seed, number);
    Scene scene = generated.scene();
    QuestionSpec spec = generated.spec();
    return new Item(
        String.format(Locale.ROOT, "syn-%04d", number),
        Origin.of("synthetic(seed=" + seed + ")", number),
        "",
        spec.text(),
        generated.choices(),
        generated.answer(),
        spec.type(),
        spec.kind(),
        Map.of("objects", Integer.toString(scene.size())),
        () -> renderer.apply(scene),
        new WorldScene(scene, spec));
  }
}
