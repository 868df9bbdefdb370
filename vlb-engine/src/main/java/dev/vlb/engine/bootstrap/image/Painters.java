package dev.vlb.engine.bootstrap.image;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.apiguardian.api.API;

/** Creates painters. */
@API(status = INTERNAL, since = "0.1")
public final class Painters {

  private static final Painter OPEN_CV = new OpenCvPainter();

  private Painters() {}

  /** The in-process OpenCV painter: stateless, shared, nothing to close. */
  public static Painter openCv() {
    return OPEN_CV;
  }

  /** Waits for a painting, for the synchronous {@code ImageEditor} faces: its failure is thrown as it is. */
  static EditedImage join(CompletionStage<EditedImage> painting) {
    try {
      return painting.toCompletableFuture().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
