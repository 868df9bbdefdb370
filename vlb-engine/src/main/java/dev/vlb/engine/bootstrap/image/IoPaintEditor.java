package dev.vlb.engine.bootstrap.image;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vlb.api.ImageStrategy;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.ImageEditor;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.model.OneShotBody;
import dev.vlb.engine.model.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.apiguardian.api.API;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

/**
 * V3 on real photographs through an IOPaint server (PowerPaint, LaMa, ...) on a GPU machine: the
 * photograph is centred on a canvas grown by the outpainting ratio, and the server fills the border
 * ({@code POST /api/v1/inpaint}, PowerPaint's {@code outpainting} task).
 *
 * <p>The request carries the padded canvas and a mask of its border rather than IOPaint's extender
 * fields: only diffusion models honour {@code use_extender}, an erase model such as LaMa ignores it and
 * answers at the input's size, while every model fills a mask. The seed of the step goes out as
 * {@code sd_seed}, so a retry after a judge's rejection asks for a different image and the same seed
 * asks for the same one.
 *
 * <p>The call is synchronous, as generation is in the engine today. Connection errors, 408, 429 and
 * 5xx are retried up to {@value #MAX_RETRIES} times, honouring {@code Retry-After} (see
 * {@link RetryPolicy}); a failure names the status and the endpoint, never the token.
 */
@API(status = INTERNAL, since = "0.1")
public final class IoPaintEditor implements ImageEditor, AutoCloseable {

  static final int MAX_RETRIES = 2;
  static final String PATH = "api/v1/inpaint";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType JSON_TYPE = MediaType.get("application/json");

  private final HttpUrl endpoint;
  private final Optional<String> token;
  private final ImageEdit.Outpaint outpaint;
  private final RetryPolicy retries;
  private final OkHttpClient http;

  private IoPaintEditor(HttpUrl endpoint, Optional<String> token, ImageEdit.Outpaint outpaint, Duration timeout) {
    this.endpoint = endpoint;
    this.token = token;
    this.outpaint = outpaint;
    this.retries = RetryPolicy.ofHeaders(MAX_RETRIES, timeout, "editor");
    this.http = RetryPolicy.httpClient(timeout).build();
  }

  /**
   * @param baseUrl the server's base URL, e.g. {@code http://gpu-1:8080}
   * @param token a Bearer token for the server, when it needs one
   * @param outpaintRatio the canvas scale of V3
   * @param timeout the timeout of one request
   */
  public static IoPaintEditor create(HttpUrl baseUrl, Optional<String> token, double outpaintRatio, Duration timeout) {
    return new IoPaintEditor(baseUrl.newBuilder().addPathSegments(PATH).build(), token,
        new ImageEdit.Outpaint(outpaintRatio), timeout);
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
    try (Mats mats = new Mats()) {
      Mat pixels = mats.decode(sample.image(), false);
      int width = Outpainting.scaled(pixels.cols(), outpaint.ratio());
      int height = Outpainting.scaled(pixels.rows(), outpaint.ratio());
      Box original = centred(pixels.cols(), pixels.rows(), width, height);
      byte[] reply = post(request(canvas(pixels, original, width, height, mats), border(original, width, height, mats), seed));
      return sample.withImage(checked(reply, width, height, mats), sample.scene());
    }
  }

  private static Box centred(int width, int height, int canvasWidth, int canvasHeight) {
    int left = (canvasWidth - width) / 2;
    int top = (canvasHeight - height) / 2;
    return new Box(left, top, left + width, top + height);
  }

  /** The photograph centred, its edges reflected into the border: context colours for the model to start from. */
  private static Image canvas(Mat pixels, Box original, int width, int height, Mats mats) {
    Mat canvas = mats.mat();
    Core.copyMakeBorder(pixels, canvas, original.yMin(), height - original.yMax(), original.xMin(),
        width - original.xMax(), Core.BORDER_REFLECT);
    return mats.png(canvas);
  }

  /** White (to fill) everywhere but the original. */
  private static Image border(Box original, int width, int height, Mats mats) {
    Mat mask = mats.own(new Mat(height, width, CvType.CV_8UC1, new Scalar(255)));
    mats.region(mask, original).setTo(new Scalar(0));
    return mats.png(mask);
  }

  private static ObjectNode request(Image canvas, Image mask, long seed) {
    ObjectNode body = JSON.createObjectNode();
    body.put("image", Base64.getEncoder().encodeToString(canvas.bytes()));
    body.put("mask", Base64.getEncoder().encodeToString(mask.bytes()));
    body.put("prompt", "");
    body.put("negative_prompt", "");
    body.put("powerpaint_task", "outpainting");
    body.put("use_extender", false);
    body.put("sd_keep_unmasked_area", true);
    body.put("sd_seed", sdSeed(seed));
    return body;
  }

  /** The step's seed as IOPaint takes it: not negative (-1 asks for a random one) and within 32 bits. */
  static int sdSeed(long seed) {
    return (int) Math.floorMod(seed, (long) Integer.MAX_VALUE);
  }

  private byte[] post(ObjectNode body) {
    Request.Builder request = new Request.Builder().url(endpoint)
        .post(OneShotBody.of(body.toString().getBytes(StandardCharsets.UTF_8), JSON_TYPE));
    token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
    for (int attempts = 1; ; attempts++) {
      long sent = System.nanoTime();
      RetryPolicy.Decision decision;
      try (Response response = http.newCall(request.build()).execute()) {
        if (response.isSuccessful()) {
          return response.body().bytes();
        }
        String text = response.body().string();
        decision = retries.afterStatus(attempts, response, text, Duration.ofNanos(System.nanoTime() - sent));
        if (decision.delay().isEmpty()) {
          throw failure("answered HTTP " + response.code() + decision.reason().map(reason -> ": " + reason).orElse("")
              + " after " + attempts + (attempts == 1 ? " attempt" : " attempts"), null);
        }
      } catch (IOException e) {
        decision = retries.afterNoResponse(attempts);
        if (decision.delay().isEmpty()) {
          throw failure("gave no answer after " + attempts + (attempts == 1 ? " attempt" : " attempts") + " ("
              + e.getClass().getSimpleName() + ")", e);
        }
      }
      pause(decision.delay().get());
    }
  }

  private EditorCallException failure(String what, IOException cause) {
    return new EditorCallException("IOPaint at POST " + endpoint + " " + what, cause);
  }

  private static void pause(Duration delay) {
    try {
      TimeUnit.NANOSECONDS.sleep(delay.toNanos());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EditorCallException("Interrupted while waiting to retry IOPaint", new InterruptedIOException());
    }
  }

  /** The reply as the variant's image, once it proves to be a PNG or JPEG of the canvas's size. */
  private Image checked(byte[] reply, int width, int height, Mats mats) {
    Image image = new Image(reply, reply.length > 0 && reply[0] == (byte) 0xff ? "image/jpeg" : "image/png", width, height);
    Mat pixels;
    try {
      pixels = mats.decode(image, false);
    } catch (IllegalArgumentException e) {
      throw failure("answered with no PNG or JPEG image: " + e.getMessage(), null);
    }
    if (pixels.cols() != width || pixels.rows() != height) {
      throw failure("answered with a " + pixels.cols() + "x" + pixels.rows() + " image, expected " + width + "x" + height, null);
    }
    return image;
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
