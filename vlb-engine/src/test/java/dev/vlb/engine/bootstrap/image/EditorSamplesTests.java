package dev.vlb.engine.bootstrap.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.api.spi.Image;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Writes V1, V2 and V3 of two photographs next to the original under
 * {@code target/vlb-editor-samples/}, for a person to look at: pixel checks cannot say whether an edit
 * looks right.
 */
class EditorSamplesTests {

  private static final Path SAMPLES = Path.of("target", "vlb-editor-samples");

  private final OpenCvEditor editor = new OpenCvEditor();

  /**
   * In messi5.jpg the ball is removed and a cup added on the grass; in fruits.jpg a 120x90 box in the
   * orange is removed (a large hole, where Telea's limits show) and a bottle stands on the lemon.
   */
  @ParameterizedTest
  @CsvSource({
    "messi5.jpg, 328, 278, 392, 342, cup,    60, 250, 120, 314",
    "fruits.jpg, 200, 150, 320, 240, bottle, 400, 300, 460, 470"
  })
  void writesEachImageStrategyBesideTheOriginal(String name, int x0, int y0, int x1, int y1,
      String object, int ax0, int ay0, int ax1, int ay1) throws IOException {
    Image photo = Photos.jpeg(name);
    String stem = name.substring(0, name.indexOf('.'));
    Files.createDirectories(SAMPLES);

    Files.write(SAMPLES.resolve(stem + "-original.jpg"), photo.bytes());
    write(stem + "-V1-add-" + object + ".png",
        editor.apply(photo, new ImageEdit.Add(object, new Box(ax0, ay0, ax1, ay1), CutOuts.get(object))));
    write(stem + "-V2-remove.png", editor.apply(photo, new ImageEdit.Remove(new Box(x0, y0, x1, y1))));
    write(stem + "-V3-outpaint-1.5.png", editor.apply(photo, new ImageEdit.Outpaint(1.5)));

    assertThat(SAMPLES.resolve(stem + "-V3-outpaint-1.5.png")).isNotEmptyFile();
  }

  private static void write(String file, EditedImage edited) throws IOException {
    Files.write(SAMPLES.resolve(file), edited.image().bytes());
  }
}
