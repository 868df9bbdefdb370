package dev.vlb.engine.bootstrap.image;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.Image;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.apiguardian.api.API;

/**
 * Carries out an {@link ImageEdit} that a planner decided: in process with OpenCV, or on a remote
 * inpainting service. Created by {@link Painters}.
 */
@API(status = INTERNAL, since = "0.1")
public interface Painter extends AutoCloseable {

  /**
   * What paints, recorded with each variant and part of the variant store's key: {@code opencv},
   * {@code iopaint@http://gpu-1:8080}, {@code openai-images gpt-image-1@https://api.openai.com}. Never
   * carries a key or token.
   */
  String name();

  /**
   * Carries out the edit. A remote painter never blocks the calling thread; every failure comes through
   * the stage, none is thrown.
   *
   * @param seed differs per attempt, so that a retry after a judge's rejection may paint differently
   * @return the edited image, failed with {@link CannotBootstrapException} when the edit cannot be done
   *     on this image (not a PNG or JPEG, a box outside it, no cut-out of that name), with
   *     {@link EditorCallException} when a server fails or answers with an unusable image
   */
  CompletionStage<EditedImage> paint(Image image, ImageEdit edit, long seed);

  /**
   * The objects an addition may name, for a planner to choose from; empty when it paints any object it
   * is told (a generative model), as a remote painter does.
   */
  default List<String> objects() {
    return List.of();
  }

  /** Releases connections and threads; what is in flight then fails. */
  @Override
  default void close() {}
}
