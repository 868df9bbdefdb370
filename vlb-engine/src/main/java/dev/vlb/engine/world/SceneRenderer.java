package dev.vlb.engine.world;

import dev.vlb.api.spi.Image;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws a scene to PNG bytes with Java2D. No text and only software rendering hints, so the same
 * scene gives byte-identical PNGs on every run.
 */
final class SceneRenderer {

  private SceneRenderer() {}

  static Image render(Scene scene) {
    BufferedImage canvas = new BufferedImage(Scene.WIDTH, Scene.HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = canvas.createGraphics();
    try {
      graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      graphics.setColor(Scene.BACKGROUND);
      graphics.fillRect(0, 0, Scene.WIDTH, Scene.HEIGHT);
      graphics.setStroke(new BasicStroke(1f));
      for (SceneObject object : scene.objects()) {
        java.awt.Shape outline = object.outline(scene.zoom());
        graphics.setColor(object.colour().fill());
        graphics.fill(outline);
        graphics.setColor(object.colour().outline());
        graphics.draw(outline);
      }
    } finally {
      graphics.dispose();
    }
    return Image.png(encode(canvas), Scene.WIDTH, Scene.HEIGHT);
  }

  /** Encodes through a memory-cached stream: ImageIO's default caches to a temporary file. */
  private static byte[] encode(BufferedImage canvas) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(png)) {
      writer.setOutput(out);
      writer.write(canvas);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot encode a synthetic scene as PNG", e);
    } finally {
      writer.dispose();
    }
    return png.toByteArray();
  }
}
