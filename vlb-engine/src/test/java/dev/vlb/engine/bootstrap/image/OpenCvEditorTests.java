package dev.vlb.engine.bootstrap.image;

import static dev.vlb.api.ImageStrategy.ADD_OBJECT;
import static dev.vlb.api.ImageStrategy.OUTPAINT;
import static dev.vlb.api.ImageStrategy.REMOVE_OBJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.ImageEditor;
import dev.vlb.api.spi.Sample;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor as the engine sees it: the ImageEditor SPI. */
class OpenCvEditorTests {

  private static final Image GIF = new Image("GIF89a....".getBytes(StandardCharsets.US_ASCII), "image/gif", 2, 2);

  private final ImageEditor editor = new OpenCvEditor(1.25);

  @Test
  void outpaintsAnyJpegSampleKeepingQuestionAndAnswer() {
    Sample sample = sample(Photos.jpeg("messi5.jpg"));

    Sample edited = editor.edit(OUTPAINT, sample, 7);

    assertThat(editor.supports(OUTPAINT, sample)).isTrue();
    assertThat(edited.image().mediaType()).isEqualTo("image/png");
    assertThat(edited.image().width()).isEqualTo(685);
    assertThat(edited.image().height()).isEqualTo(428);
    assertThat(edited.question()).isEqualTo(sample.question());
    assertThat(edited.answer()).isEqualTo("B");
  }

  /** The PNG an outpainting made, outpainted again: 685x428 times 1.25. */
  @Test
  void outpaintsAPngSample() {
    Sample once = editor.edit(OUTPAINT, sample(Photos.jpeg("messi5.jpg")), 7);

    Sample twice = editor.edit(OUTPAINT, once, 7);

    assertThat(twice.image().width()).isEqualTo(856);
    assertThat(twice.image().height()).isEqualTo(535);
  }

  /** A retry after a judge's rejection comes with another seed, and gets another image; the same seed the same one. */
  @Test
  void anotherSeedOutpaintsAnotherImage() {
    Sample sample = sample(Photos.jpeg("messi5.jpg"));

    Image first = editor.edit(OUTPAINT, sample, 7).image();

    assertThat(editor.edit(OUTPAINT, sample, 7).image()).isEqualTo(first);
    assertThat(editor.edit(OUTPAINT, sample, 8).image()).isNotEqualTo(first);
  }

  @Test
  void addingAndRemovingWaitForAPlanner() {
    Sample sample = sample(Photos.jpeg("messi5.jpg"));

    assertThat(editor.supports(ADD_OBJECT, sample)).isFalse();
    assertThat(editor.supports(REMOVE_OBJECT, sample)).isFalse();
    assertThatThrownBy(() -> editor.edit(REMOVE_OBJECT, sample, 7))
        .isInstanceOf(CannotBootstrapException.class)
        .hasMessage("s1: V2 remove object on a photograph needs a planner to choose the edit: set vlb.planner.url rather than name this editor");
  }

  @Test
  void anImageThatIsNeitherPngNorJpegIsRefusedSayingWhatItIs() {
    Sample sample = sample(GIF);

    assertThat(editor.supports(OUTPAINT, sample)).isFalse();
    assertThatThrownBy(() -> editor.edit(OUTPAINT, sample, 7))
        .isInstanceOf(CannotBootstrapException.class)
        .hasMessage("s1: Only PNG and JPEG images can be edited; this one is declared image/gif and starts with bytes 47 49 46 38");
    assertThatThrownBy(() -> Photos.painted(GIF, new ImageEdit.Outpaint(1.5), 7))
        .isInstanceOf(CannotBootstrapException.class)
        .hasMessage("Only PNG and JPEG images can be edited; this one is declared image/gif and starts with bytes 47 49 46 38");
  }

  @Test
  void aTruncatedJpegIsRefusedAsUndecodable() {
    Image truncated = new Image(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}, "image/jpeg", 10, 10);

    assertThatThrownBy(() -> Photos.painted(truncated, new ImageEdit.Outpaint(1.5), 7))
        .isInstanceOf(CannotBootstrapException.class)
        .hasMessage("The image/jpeg image (4 bytes) could not be decoded");
  }

  private static Sample sample(Image image) {
    return new Sample("s1", image, "", "What is he kicking?", List.of("a cup", "a ball"), "B",
        TaskType.MULTIPLE_CHOICE, null);
  }
}
