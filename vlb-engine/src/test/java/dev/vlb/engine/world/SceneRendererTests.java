package dev.vlb.engine.world;

import static dev.vlb.engine.world.WorldSamples.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.api.spi.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SceneRendererTests {

  private static final Scene SCENE =
      Scene.of(
          object(Shape.CIRCLE, Colour.RED, Size.LARGE, 100, 100),
          object(Shape.SQUARE, Colour.BLUE, Size.SMALL, 100, 100),
          object(Shape.STAR, Colour.YELLOW, Size.MEDIUM, 250, 60));

  @Test
  void rendersA320x240PngWithTheContractColours() throws IOException {
    Image image = SceneRenderer.render(SCENE);
    BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(image.bytes()));

    assertThat(image.mediaType()).isEqualTo("image/png");
    assertThat(pixels.getWidth()).isEqualTo(320);
    assertThat(pixels.getHeight()).isEqualTo(240);
    assertThat(rgb(pixels, 5, 5)).isEqualTo(0xEEEEEE);
    assertThat(rgb(pixels, 80, 100)).as("red circle fill").isEqualTo(0xD72828);
    assertThat(rgb(pixels, 250, 60)).as("yellow star fill").isEqualTo(0xEBC323);
  }

  @Test
  void laterObjectsCoverEarlierOnes() throws IOException {
    BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(SceneRenderer.render(SCENE).bytes()));

    assertThat(rgb(pixels, 100, 100)).as("blue square on top of the red circle").isEqualTo(0x2D5AD7);
  }

  @Test
  void theSameSceneGivesByteIdenticalPngs() {
    assertThat(SceneRenderer.render(SCENE).bytes()).isEqualTo(SceneRenderer.render(SCENE).bytes());
  }

  @Test
  void outpaintingShrinksObjectsTowardsTheCentre() throws IOException {
    Scene outpainted = Scene.of(object(Shape.SQUARE, Colour.GREEN, Size.LARGE, 20, 20)).outpainted(2.0);
    BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(SceneRenderer.render(outpainted).bytes()));

    assertThat(outpainted.objects().get(0).x()).isEqualTo(90);
    assertThat(outpainted.objects().get(0).y()).isEqualTo(70);
    assertThat(outpainted.zoom()).isEqualTo(0.5);
    assertThat(rgb(pixels, 90, 70)).isEqualTo(0x28A046);
    assertThat(rgb(pixels, 90 + 12, 70)).as("beyond half the original half side").isEqualTo(0xEEEEEE);
  }

  private static int rgb(BufferedImage pixels, int x, int y) {
    return pixels.getRGB(x, y) & 0xFFFFFF;
  }
}
