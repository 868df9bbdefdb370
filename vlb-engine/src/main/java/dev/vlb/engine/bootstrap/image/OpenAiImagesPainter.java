package dev.vlb.engine.bootstrap.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.Image;
import dev.vlb.engine.model.Redactor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.Buffer;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * Edits through an images-edit API with a mask, OpenAI's {@code POST /v1/images/edits} with a GPT image
 * model ({@code gpt-image-1} and later): a multipart form of the image, a mask whose transparent pixels
 * mark where to paint, a prompt, the model, {@code n=1} and a {@code size}. GPT image models answer in
 * base64 ({@code data[0].b64_json}) without being asked, and refuse {@code response_format}, so none is
 * sent; {@code dall-e-2} (URLs by default, square images only) is not supported.
 *
 * <p>Sizes: the models paint at 1024x1024, 1536x1024 or 1024x1536 whatever the input's size. Rather than
 * send {@code size=auto} and stretch the answer back to the input's proportions, which would shift
 * every edge at the mask's rim, the canvas is padded (its edges reflected) to the standard size of the
 * nearest aspect ratio, that size is asked for explicitly and checked, and the answer is scaled evenly
 * and cropped back. The padding is kept, except for an outpainting whose border it continues.
 *
 * <p>These models redraw the whole image, mask or not, and the answer was scaled: only the masked
 * region is taken from it, laid over the input with its rim feathered inward over up to
 * {@value #FEATHER} pixels, so every pixel outside the region stays exactly as it was. The API takes no
 * seed; each call samples anew, so a retry differs anyway.
 */
final class OpenAiImagesPainter extends RemotePainter {

  /** The widest feathered edge of the painted region, in the canvas's pixels. */
  static final int FEATHER = 8;

  static final String REMOVE_PROMPT = "Fill the transparent area of the mask with the background around it, as if "
      + "nothing had ever been there: no object, person, animal or text. Keep the rest of the photograph exactly as it is.";
  static final String OUTPAINT_PROMPT = "Extend this photograph into the transparent border of the mask: continue its "
      + "scene, light and perspective naturally, adding no people, animals, text or objects that stand out. "
      + "Keep the photograph in the middle exactly as it is.";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType PNG = MediaType.get("image/png");

  /** The sizes every GPT image model edits at. */
  enum ApiSize {
    SQUARE(1024, 1024),
    LANDSCAPE(1536, 1024),
    PORTRAIT(1024, 1536);

    final int width;
    final int height;

    ApiSize(int width, int height) {
      this.width = width;
      this.height = height;
    }

    /** The size whose aspect ratio is nearest the canvas's. */
    static ApiSize nearest(int width, int height) {
      double aspect = Math.log(width / (double) height);
      return Arrays.stream(values())
          .min(Comparator.comparingDouble(size -> Math.abs(Math.log(size.width / (double) size.height) - aspect)))
          .orElseThrow();
    }

    /** The smallest canvas of this size's aspect ratio that holds one of {@code width x height}. */
    int[] padded(int width, int height) {
      return new int[] {
        Math.max(width, (int) ((height * (long) this.width + this.height - 1) / this.height)),
        Math.max(height, (int) ((width * (long) this.height + this.width - 1) / this.width))
      };
    }

    String text() {
      return width + "x" + height;
    }
  }

  private final String model;

  /**
   * @param baseUrl e.g. {@code https://api.openai.com}; {@code v1/images/edits} is added, or only
   *     {@code images/edits} when it already ends in {@code /v1}
   * @param model the image model, e.g. {@code gpt-image-1}
   * @param key the API key, sent as a Bearer header
   */
  OpenAiImagesPainter(HttpUrl baseUrl, String model, Optional<String> key, Duration timeout, int concurrency) {
    super("openai-images " + model + "@" + Redactor.withoutSecrets(baseUrl),
        client("OpenAI images", endpoint(baseUrl), key, timeout, concurrency));
    this.model = model;
  }

  private static HttpUrl endpoint(HttpUrl baseUrl) {
    List<String> segments = baseUrl.pathSegments().stream().filter(segment -> !segment.isEmpty()).toList();
    boolean versioned = !segments.isEmpty() && segments.get(segments.size() - 1).equals("v1");
    return baseUrl.newBuilder().addPathSegments(versioned ? "images/edits" : "v1/images/edits").build();
  }

  @Override
  public CompletionStage<EditedImage> paint(Image image, ImageEdit edit, long seed) {
    Sent sent;
    MultipartBody form;
    try (Mats mats = new Mats()) {
      MaskedCanvas masked = MaskedCanvas.of(image, edit, mats);
      ApiSize size = ApiSize.nearest(masked.width(), masked.height());
      int[] padded = size.padded(masked.width(), masked.height());
      Mat canvas = mats.mat();
      Core.copyMakeBorder(masked.canvas(), canvas, 0, padded[1] - masked.height(), 0, padded[0] - masked.width(),
          Core.BORDER_REFLECT);
      sent = new Sent(mats.png(canvas), mats.png(transparentWherePainted(masked, padded, edit, mats)), size,
          masked.width(), masked.height(), masked.painted());
      form = form(sent, prompt(edit));
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(new CannotBootstrapException(e.getMessage()));
    }
    return client.post(bytes(form), form.contentType(), reply -> laidOver(reply, sent));
  }

  /**
   * What was sent, to lay the answer over.
   *
   * @param canvas the padded canvas
   * @param mask the padded mask, transparent where painted
   * @param width the canvas's width before padding
   */
  private record Sent(Image canvas, Image mask, ApiSize size, int width, int height, Box painted) {}

  private static String prompt(ImageEdit edit) {
    if (edit instanceof ImageEdit.Add add) {
      return "Add " + add.withArticle() + " filling the transparent area of the mask, as a real object in this "
          + "photograph, lit and in perspective like the scene; only one. Keep the rest of the photograph exactly as it is.";
    }
    return edit instanceof ImageEdit.Remove ? REMOVE_PROMPT : OUTPAINT_PROMPT;
  }

  /** The mask as the API reads it: transparent where to paint, opaque white where to keep. */
  private static Mat transparentWherePainted(MaskedCanvas masked, int[] padded, ImageEdit edit, Mats mats) {
    Mat inverted = mats.mat();
    Core.bitwise_not(masked.mask(), inverted);
    int paddingKept = edit instanceof ImageEdit.Outpaint ? 0 : 255;
    Mat kept = mats.mat();
    Core.copyMakeBorder(inverted, kept, 0, padded[1] - masked.height(), 0, padded[0] - masked.width(),
        Core.BORDER_CONSTANT, new Scalar(paddingKept));
    Mat rgba = mats.mat();
    Core.merge(List.of(kept, kept, kept, kept), rgba);
    return rgba;
  }

  private MultipartBody form(Sent sent, String prompt) {
    return new MultipartBody.Builder()
        .setType(MultipartBody.FORM)
        .addFormDataPart("image", "image.png", RequestBody.create(sent.canvas().bytes(), PNG))
        .addFormDataPart("mask", "mask.png", RequestBody.create(sent.mask().bytes(), PNG))
        .addFormDataPart("prompt", prompt)
        .addFormDataPart("model", model)
        .addFormDataPart("n", "1")
        .addFormDataPart("size", sent.size().text())
        .build();
  }

  private static byte[] bytes(MultipartBody form) {
    try (Buffer buffer = new Buffer()) {
      form.writeTo(buffer);
      return buffer.readByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The answer scaled back to the canvas and laid over it inside the painted region. */
  private EditedImage laidOver(byte[] reply, Sent sent) {
    try (Mats mats = new Mats()) {
      Mat answer = answer(reply, sent.size(), mats);
      Mat canvas = mats.decode(sent.canvas(), false);
      Mat scaled = mats.mat();
      Imgproc.resize(answer, scaled, canvas.size(), 0, 0,
          canvas.cols() < answer.cols() ? Imgproc.INTER_AREA : Imgproc.INTER_CUBIC);
      Box kept = new Box(0, 0, sent.width(), sent.height());
      Mat result = mats.own(mats.region(canvas, kept).clone());
      Addition.laidOver(result, mats.region(scaled, kept), feathered(sent.mask(), kept, sent.painted(), mats), mats);
      return new EditedImage(mats.png(result), sent.painted());
    }
  }

  private Mat answer(byte[] reply, ApiSize size, Mats mats) {
    JsonNode data;
    try {
      data = JSON.readTree(reply).path("data").path(0).path("b64_json");
    } catch (IOException e) {
      throw client.unusable("answered with no JSON: " + e.getClass().getSimpleName());
    }
    if (!data.isTextual()) {
      throw client.unusable("answered without an image in data[0].b64_json");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(data.asText());
    } catch (IllegalArgumentException e) {
      throw client.unusable("answered with data[0].b64_json that is no base64: " + e.getMessage());
    }
    return pixels(new Image(bytes, "image/png", size.width, size.height), mats);
  }

  /**
   * The weight of the answer: 255 inside the painted region, falling to 0 over its rim, 0 outside. The
   * rim is {@value #FEATHER} pixels wide, or a quarter of a smaller region's short side.
   */
  private static Mat feathered(Image mask, Box kept, Box painted, Mats mats) {
    int feather = Math.max(1, Math.min(FEATHER, Math.min(painted.width(), painted.height()) / 4));
    Mat alpha = mats.mat();
    Core.extractChannel(mats.decode(mask, true), alpha, 3);
    Mat inside = mats.mat();
    Core.compare(mats.region(alpha, kept), new Scalar(0), inside, Core.CMP_EQ);
    Mat distance = mats.mat();
    Imgproc.distanceTransform(inside, distance, Imgproc.DIST_L2, 3);
    Core.min(distance, new Scalar(feather), distance);
    Mat weight = mats.mat();
    distance.convertTo(weight, CvType.CV_8UC1, 255.0 / feather);
    return weight;
  }
}
