package dev.vlb.engine.bootstrap.image;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.engine.configuration.EditorConfiguration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.apiguardian.api.API;

/** Creates the {@link Painter} that {@code vlb.editor} configures. */
@API(status = INTERNAL, since = "0.1")
public final class Painters {

  private static final Painter OPEN_CV = new OpenCvPainter();

  private Painters() {}

  /**
   * The configured painter; a remote one holds connections and threads until it is closed. The outpainting
   * ratio is no part of it: each {@link ImageEdit.Outpaint} carries its own.
   *
   * @param token the key or token for a remote painter ({@code vlb.editor.api-key-env}), sent as a Bearer header
   */
  public static Painter create(EditorConfiguration editor, Optional<String> token) {
    return switch (editor.kind()) {
      case OPENCV -> openCv();
      case IOPAINT -> new IoPaintPainter(editor.url().orElseThrow(), token, editor.timeout(), editor.concurrency());
      case OPENAI_IMAGES -> new OpenAiImagesPainter(editor.url().orElseThrow(), editor.name().orElseThrow(), token,
          editor.timeout(), editor.concurrency());
    };
  }

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
