package dev.vlb.engine.bootstrap.image;

import dev.vlb.api.spi.Image;
import dev.vlb.engine.model.PostClient;
import java.time.Duration;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.opencv.core.Mat;

/**
 * A painter on a server: named for the server, reaching it through its {@link PostClient}, which it
 * releases when closed, and trusting an answer only once it decodes to the size that was asked for.
 */
abstract class RemotePainter implements Painter {

  /** Retries of a failed edit: a painter's attempt takes seconds of a GPU. */
  static final int MAX_RETRIES = 2;

  private final String name;
  final PostClient client;

  /** @param name never carries a key or token */
  RemotePainter(String name, PostClient client) {
    this.name = name;
    this.client = client;
  }

  /** A client of a painter's endpoint, its failures {@link EditorCallException}s. */
  static PostClient client(String service, HttpUrl endpoint, Optional<String> token, Duration timeout, int concurrency) {
    return new PostClient(new PostClient.Target(service, endpoint, token, timeout, concurrency, MAX_RETRIES, "editor",
        EditorCallException::new));
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
