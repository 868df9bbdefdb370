package dev.vlb.engine.bootstrap.image;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.ImageStrategy;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.ImageEditor;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.configuration.ConfigurationKeys;
import java.time.Duration;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.apiguardian.api.API;

/**
 * V3 on real photographs through an IOPaint server (PowerPaint, LaMa, ...) on a GPU machine, as an
 * {@link ImageEditor}: the photograph is centred on a canvas grown by the outpainting ratio and the
 * server fills the border. The work is the {@link IoPaintPainter}'s; this face waits for it, as the
 * engine's editors are synchronous. The seed goes out as {@code sd_seed}, so a retry after a judge's
 * rejection asks for a different image.
 */
@API(status = INTERNAL, since = "0.1")
public final class IoPaintEditor implements ImageEditor, AutoCloseable {

  private final Painter painter;
  private final ImageEdit.Outpaint outpaint;

  private IoPaintEditor(Painter painter, ImageEdit.Outpaint outpaint) {
    this.painter = painter;
    this.outpaint = outpaint;
  }

  /**
   * @param baseUrl the server's base URL, e.g. {@code http://gpu-1:8080}
   * @param token a Bearer token for the server, when it needs one
   * @param outpaintRatio the canvas scale of V3
   * @param timeout the timeout of one request
   */
  public static IoPaintEditor create(HttpUrl baseUrl, Optional<String> token, double outpaintRatio, Duration timeout) {
    return new IoPaintEditor(new IoPaintPainter(baseUrl, token, timeout, ConfigurationKeys.DEFAULT_CONCURRENCY),
        new ImageEdit.Outpaint(outpaintRatio));
  }

  /** Only V3, on PNG and JPEG images: V1 and V2 wait for a planner to choose their edit. */
  @Override
  public boolean supports(ImageStrategy strategy, Sample sample) {
    return strategy == ImageStrategy.OUTPAINT && Mats.readable(sample.image());
  }

  /**
   * The sample with its image outpainted by the server; its question, answer and scene stay.
   *
   * @throws CannotBootstrapException for V1 and V2, and for an image that is not a PNG or JPEG
   * @throws EditorCallException when the server fails or answers with an unusable image
   */
  @Override
  public Sample edit(ImageStrategy strategy, Sample sample, long seed) {
    if (!supports(strategy, sample)) {
      throw new CannotBootstrapException(sample.id() + ": IOPaint edits only " + ImageStrategy.OUTPAINT.code()
          + " of PNG and JPEG images, not " + strategy.code() + " of " + sample.image().mediaType());
    }
    return sample.withImage(Painters.join(painter.paint(sample.image(), outpaint, seed)).image(), sample.scene());
  }

  @Override
  public void close() {
    painter.close();
  }
}
