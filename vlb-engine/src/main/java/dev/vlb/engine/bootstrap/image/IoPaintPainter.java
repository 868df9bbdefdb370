package dev.vlb.engine.bootstrap.image;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.Image;
import dev.vlb.engine.model.Redactor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import okhttp3.HttpUrl;
import okhttp3.MediaType;

/**
 * Edits on an IOPaint server (PowerPaint, LaMa, ...) on a GPU machine: {@code POST /api/v1/inpaint}
 * with the canvas and a mask of where to paint ({@link MaskedCanvas}), as PNGs so that the server
 * answers in PNG and nothing outside the mask changes through a JPEG's re-encoding. PowerPaint's task
 * follows the edit: {@code object-remove}, {@code text-guided} with the object's name as the prompt,
 * {@code outpainting}; other models ignore it and fill the mask.
 *
 * <p>An outpainting sends the padded canvas and a mask of its border rather than IOPaint's extender
 * fields: only diffusion models honour {@code use_extender}, an erase model such as LaMa ignores it and
 * answers at the input's size, while every model fills a mask. The seed goes out as {@code sd_seed}, so
 * a retry asks for a different image and the same seed for the same one.
 *
 * <p>The server keeps what lies outside the mask, but blurs the mask's edge by {@value #MASK_BLUR}
 * pixels first; the edited image's changed region is the mask's box grown by that much.
 */
final class IoPaintPainter extends RemotePainter {

  static final String PATH = "api/v1/inpaint";
  /** IOPaint's default, sent so that the changed region is known. */
  static final int MASK_BLUR = 11;
  /** What a text-guided fill must not draw: the object once, as a photograph. */
  static final String ADD_NEGATIVE_PROMPT =
      "several objects, duplicate, text, watermark, logo, cartoon, drawing, blurry, deformed, low quality";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType JSON_TYPE = MediaType.get("application/json");

  /**
   * @param baseUrl the server's base URL, e.g. {@code http://gpu-1:8080}
   * @param token a Bearer token for the server, when it needs one
   * @param timeout the timeout of one request
   * @param concurrency edits in flight at most
   */
  IoPaintPainter(HttpUrl baseUrl, Optional<String> token, Duration timeout, int concurrency) {
    super("iopaint@" + Redactor.withoutSecrets(baseUrl),
        client("IOPaint", baseUrl.newBuilder().addPathSegments(PATH).build(), token, timeout, concurrency));
  }

  @Override
  public CompletionStage<EditedImage> paint(Image image, ImageEdit edit, long seed) {
    byte[] body;
    int width;
    int height;
    Box changed;
    try (Mats mats = new Mats()) {
      MaskedCanvas masked = MaskedCanvas.of(image, edit, mats);
      body = request(mats.png(masked.canvas()), mats.png(masked.mask()), edit, seed);
      width = masked.width();
      height = masked.height();
      changed = masked.painted().grown(MASK_BLUR, width, height);
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(new CannotBootstrapException(e.getMessage()));
    }
    return client.post(body, JSON_TYPE, reply -> new EditedImage(checked(reply, width, height), changed));
  }

  private static byte[] request(Image canvas, Image mask, ImageEdit edit, long seed) {
    ObjectNode body = JSON.createObjectNode();
    body.put("image", Base64.getEncoder().encodeToString(canvas.bytes()));
    body.put("mask", Base64.getEncoder().encodeToString(mask.bytes()));
    if (edit instanceof ImageEdit.Add add) {
      body.put("prompt", add.withArticle());
      body.put("negative_prompt", ADD_NEGATIVE_PROMPT);
      body.put("powerpaint_task", "text-guided");
    } else {
      // PowerPaint's removal and outpainting tasks add their own learnt prompts; text would only steer them.
      body.put("prompt", "");
      body.put("negative_prompt", "");
      body.put("powerpaint_task", edit instanceof ImageEdit.Remove ? "object-remove" : "outpainting");
    }
    body.put("use_extender", false);
    body.put("sd_keep_unmasked_area", true);
    body.put("sd_mask_blur", MASK_BLUR);
    body.put("sd_seed", sdSeed(seed));
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The seed as IOPaint takes it: not negative (-1 asks for a random one) and within 32 bits. */
  static int sdSeed(long seed) {
    return (int) Math.floorMod(seed, (long) Integer.MAX_VALUE);
  }

  /** The reply as the edited image, once it proves to be a PNG or JPEG of the canvas's size. */
  private Image checked(byte[] reply, int width, int height) {
    Image image = new Image(reply, reply.length > 0 && reply[0] == (byte) 0xff ? "image/jpeg" : "image/png", width, height);
    try (Mats mats = new Mats()) {
      pixels(image, mats);
    }
    return image;
  }
}
