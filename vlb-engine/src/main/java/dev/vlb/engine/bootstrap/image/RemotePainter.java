package dev.vlb.engine.bootstrap.image;

import dev.vlb.api.spi.Image;
import org.opencv.core.Mat;

/**
 * A painter on a server: named for the server, reaching it through its {@link PainterClient}, which it
 * releases when closed, and trusting an answer only once it decodes to the size that was asked for.
 */
abstract class RemotePainter implements Painter {

  private final String name;
  final PainterClient client;

  /** @param name never carries a key or token */
  RemotePainter(String name, PainterClient client) {
    this.name = name;
    this.client = client;
  }

  @Override
  public final String name() {
    return name;
  }

  /** The answer's pixels, once it proves to be a PNG or JPEG of its declared width and height. */
  final Mat pixels(Image answer, Mats mats) {
    Mat pixels;
    try {
      pixels = mats.decode(answer, false);
    } catch (IllegalArgumentException e) {
      throw client.unusable("answered with no PNG or JPEG image: " + e.getMessage());
    }
    if (pixels.cols() != answer.width() || pixels.rows() != answer.height()) {
      throw client.unusable("answered with a " + pixels.cols() + "x" + pixels.rows() + " image, expected "
          + answer.width() + "x" + answer.height());
    }
    return pixels;
  }

  @Override
  public final void close() {
    client.close();
  }

  @Override
  public final String toString() {
    return name;
  }
}
