package dev.vlb.engine.bootstrap.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.api.spi.Image;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * Writes V1, V2 and V3 of two photographs, as the OpenCV painter makes them, beside the photograph under
 * {@code target/edits/} ({@code fruits-before.png}, {@code fruits-V1.png}, ...) for a person to look at:
 * pixel checks cannot say whether an edit looks right.
 */
class EditorSamplesTests {

  private static final Path EDITS = Path.of("target", "edits");

  /**
   * In messi5.jpg a ball joins the one at his foot, on the grass to the left, and the ball at his foot
   * is removed; in fruits.jpg a red ball lies on the lime and the orange at the top left is removed.
   */
  @ParameterizedTest
  @CsvSource({
    "messi5.jpg, ball,     80, 282, 130, 332, 328, 278, 392, 342",
    "fruits.jpg, red ball, 395, 135, 465, 205, 0, 0, 105, 100"
  })
  void writesEachImageStrategyBesideTheOriginal(String name, String object, int ax0, int ay0, int ax1, int ay1,
      int rx0, int ry0, int rx1, int ry1) throws IOException {
    Image photo = Photos.jpeg(name);
    String stem = name.substring(0, name.indexOf('.'));
    Files.createDirectories(EDITS);

    Files.write(EDITS.resolve(stem + "-before.png"), png(photo));
    EditedImage added = write(stem + "-V1.png", new ImageEdit.Add(object, new Box(ax0, ay0, ax1, ay1)), photo);
    EditedImage removed = write(stem + "-V2.png", new ImageEdit.Remove(new Box(rx0, ry0, rx1, ry1)), photo);
    EditedImage outpainted = write(stem + "-V3.png", new ImageEdit.Outpaint(1.5), photo);

    assertThat(added.changed()).isEqualTo(new Box(ax0, ay0, ax1, ay1).grown(Addition.RING, photo.width(), photo.height()));
    assertThat(removed.changed()).isEqualTo(new Box(rx0, ry0, rx1, ry1).grown(Removal.DILATION, photo.width(), photo.height()));
    assertThat(outpainted.image().width()).isEqualTo(Outpainting.scaled(photo.width(), 1.5));
    assertThat(EDITS.resolve(stem + "-V3.png")).isNotEmptyFile();
  }

  private static EditedImage write(String file, ImageEdit edit, Image photo) throws IOException {
    EditedImage edited = Photos.painted(photo, edit, 7);
    Files.write(EDITS.resolve(file), edited.image().bytes());
    return edited;
  }

  private static byte[] png(Image photo) {
    MatOfByte encoded = new MatOfByte();
    Imgcodecs.imencode(".png", Photos.pixels(photo), encoded);
    return encoded.toArray();
  }
}
