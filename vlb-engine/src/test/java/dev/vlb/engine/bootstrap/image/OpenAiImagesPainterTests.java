package dev.vlb.engine.bootstrap.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vlb.api.spi.Image;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The images-edit painter against a loopback stand-in of OpenAI's API: the form it sends, and what it makes of each answer. */
class OpenAiImagesPainterTests {

  private static final String KEY = "sk-openai-secret";
  private static final int RED = 0xff0000;
  /** 20x20 in the middle of a 100x80 image. */
  private static final Box BOX = new Box(40, 30, 60, 50);

  @StartStop
  private final MockWebServer server = new MockWebServer();
  private OpenAiImagesPainter painter;

  @AfterEach
  void close() {
    painter.close();
  }

  /** 100x80 is nearest 3:2, so it goes out padded to 120x80 and comes back at 1536x1024. */
  @Test
  void removingSendsTheImagePaddedToAStandardSizeAndAMaskTransparentInTheGrownBox() throws Exception {
    server.enqueue(answer(1536, 1024, RED));
    painter = painter(server.url("/"), 2);
    BufferedImage input = Pngs.gradient(100, 80);

    EditedImage removed = Painters.join(painter.paint(Pngs.encode(input), new ImageEdit.Remove(BOX), 7));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/images/edits");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
    Map<String, Part> form = form(request);
    assertThat(form).containsOnlyKeys("image", "mask", "prompt", "model", "n", "size");
    assertThat(form.get("prompt").text()).isEqualTo(OpenAiImagesPainter.REMOVE_PROMPT);
    assertThat(form.get("model").text()).isEqualTo("gpt-image-1");
    assertThat(form.get("n").text()).isEqualTo("1");
    assertThat(form.get("size").text()).isEqualTo("1536x1024");
    assertThat(form.get("image").disposition()).isEqualTo("form-data; name=\"image\"; filename=\"image.png\"");
    assertThat(form.get("image").type()).isEqualTo("image/png");
    assertThat(form.get("mask").type()).isEqualTo("image/png");
    BufferedImage sent = Pngs.decode(form.get("image").bytes());
    assertThat(sent.getWidth()).isEqualTo(120);
    assertThat(sent.getHeight()).isEqualTo(80);
    IoPaintPainterTests.assertSamePixels(sent.getSubimage(0, 0, 100, 80), input);
    assertTransparentExactlyIn(Pngs.decode(form.get("mask").bytes()), 120, 80, new Box(32, 22, 68, 58));

    assertThat(removed.changed()).isEqualTo(new Box(32, 22, 68, 58));
    BufferedImage result = Pngs.decode(removed.image().bytes());
    assertThat(result.getWidth()).isEqualTo(100);
    assertThat(result.getHeight()).isEqualTo(80);
    assertUnchangedOutside(result, input, removed.changed());
    assertThat(Pngs.rgb(result, 50, 40)).isEqualTo(RED);
    assertThat(Pngs.rgb(result, 41, 31)).isEqualTo(RED);
  }

  @Test
  void addingAsksForTheNamedObjectInTheBoxAndKeepsThePadding() throws Exception {
    server.enqueue(answer(1536, 1024, RED));
    painter = painter(server.url("/"), 2);
    BufferedImage input = Pngs.gradient(100, 80);

    EditedImage added = Painters.join(painter.paint(Pngs.encode(input), new ImageEdit.Add("red ball", BOX), 7));

    Map<String, Part> form = form(server.takeRequest());
    assertThat(form.get("prompt").text()).isEqualTo("Add a red ball filling the transparent area of the mask, as a real "
        + "object in this photograph, lit and in perspective like the scene; only one. Keep the rest of the photograph exactly as it is.");
    assertTransparentExactlyIn(Pngs.decode(form.get("mask").bytes()), 120, 80, BOX);
    assertThat(added.changed()).isEqualTo(BOX);
    BufferedImage result = Pngs.decode(added.image().bytes());
    assertUnchangedOutside(result, input, BOX);
    assertThat(Pngs.rgb(result, 50, 40)).isEqualTo(RED);
  }

  /** The photograph stays exactly in the middle; the border, and the padding beyond it, are painted. */
  @Test
  void outpaintingSendsTheCentredCanvasWithATransparentBorder() throws Exception {
    server.enqueue(answer(1536, 1024, RED));
    painter = painter(server.url("/"), 2);
    BufferedImage input = Pngs.gradient(40, 30);

    EditedImage outpainted = Painters.join(painter.paint(Pngs.encode(input), new ImageEdit.Outpaint(1.5), 7));

    Map<String, Part> form = form(server.takeRequest());
    assertThat(form.get("prompt").text()).isEqualTo(OpenAiImagesPainter.OUTPAINT_PROMPT);
    assertThat(form.get("size").text()).isEqualTo("1536x1024");
    BufferedImage mask = Pngs.decode(form.get("mask").bytes());
    assertThat(mask.getWidth()).isEqualTo(68);
    assertThat(mask.getHeight()).isEqualTo(45);
    for (int y = 0; y < 45; y++) {
      for (int x = 0; x < 68; x++) {
        boolean photograph = x >= 10 && x < 50 && y >= 7 && y < 37;
        assertThat(mask.getRGB(x, y) >>> 24).as("alpha at %d,%d", x, y).isEqualTo(photograph ? 255 : 0);
      }
    }
    assertThat(outpainted.changed()).isEqualTo(new Box(0, 0, 60, 45));
    BufferedImage result = Pngs.decode(outpainted.image().bytes());
    assertThat(result.getWidth()).isEqualTo(60);
    assertThat(result.getHeight()).isEqualTo(45);
    IoPaintPainterTests.assertSamePixels(result.getSubimage(10, 7, 40, 30), input);
    assertThat(Pngs.rgb(result, 0, 0)).isEqualTo(RED);
  }

  @ParameterizedTest
  @CsvSource({
    "100, 100, 1024x1024, 100, 100",
    "150, 100, 1536x1024, 150, 100",
    "100, 150, 1024x1536, 100, 150",
    "300, 100, 1536x1024, 300, 200",
    "100, 101, 1024x1024, 101, 101"
  })
  void asksForTheStandardSizeNearestTheImagesShape(int width, int height, String size, int paddedWidth, int paddedHeight)
      throws Exception {
    String[] answered = size.split("x");
    server.enqueue(answer(Integer.parseInt(answered[0]), Integer.parseInt(answered[1]), RED));
    painter = painter(server.url("/"), 2);

    EditedImage removed = Painters.join(painter.paint(Pngs.encode(Pngs.gradient(width, height)), new ImageEdit.Remove(new Box(10, 10, 20, 20)), 7));

    Map<String, Part> form = form(server.takeRequest());
    assertThat(form.get("size").text()).isEqualTo(size);
    BufferedImage sent = Pngs.decode(form.get("image").bytes());
    assertThat(sent.getWidth()).isEqualTo(paddedWidth);
    assertThat(sent.getHeight()).isEqualTo(paddedHeight);
    assertThat(removed.image().width()).isEqualTo(width);
    assertThat(removed.image().height()).isEqualTo(height);
  }

  @Test
  void aBaseUrlEndingInV1IsNotVersionedTwice() throws Exception {
    server.enqueue(answer(1536, 1024, RED));
    painter = painter(server.url("/openai/v1"), 2);

    Painters.join(painter.paint(Pngs.encode(Pngs.gradient(100, 80)), new ImageEdit.Remove(BOX), 7));

    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/openai/v1/images/edits");
  }

  @Test
  void refusesAnAnswerOfAnotherSizeThanAskedFor() {
    server.enqueue(answer(1024, 1024, RED));
    painter = painter(server.url("/"), 2);

    assertThatThrownBy(() -> Painters.join(painter.paint(Pngs.encode(Pngs.gradient(100, 80)), new ImageEdit.Remove(BOX), 7)))
        .isInstanceOf(EditorCallException.class)
        .hasMessage("OpenAI images at POST " + server.url("/v1/images/edits") + " answered with a 1024x1024 image, expected 1536x1024");
  }

  @Test
  void refusesAnAnswerWithoutAnImage() {
    server.enqueue(new MockResponse.Builder().body("{\"data\": [{\"url\": \"https://example.com/edited.png\"}]}").build());
    painter = painter(server.url("/"), 2);

    assertThatThrownBy(() -> Painters.join(painter.paint(Pngs.encode(Pngs.gradient(100, 80)), new ImageEdit.Remove(BOX), 7)))
        .isInstanceOf(EditorCallException.class)
        .hasMessage("OpenAI images at POST " + server.url("/v1/images/edits") + " answered without an image in data[0].b64_json");
  }

  @Test
  void retriesA503() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "0").body("overloaded").build());
    server.enqueue(answer(1536, 1024, RED));
    painter = painter(server.url("/"), 2);

    EditedImage removed = Painters.join(painter.paint(Pngs.encode(Pngs.gradient(100, 80)), new ImageEdit.Remove(BOX), 7));

    assertThat(removed.image().width()).isEqualTo(100);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  /** Servers echo a wrong key back; the message shows the body, masked. */
  @Test
  void neverShowsTheKey() {
    server.enqueue(new MockResponse.Builder().code(401)
        .body("{\"error\": {\"message\": \"Incorrect API key provided: " + KEY + "\"}}").build());
    painter = painter(server.url("/"), 2);

    assertThatThrownBy(() -> Painters.join(painter.paint(Pngs.encode(Pngs.gradient(100, 80)), new ImageEdit.Remove(BOX), 7)))
        .isInstanceOf(EditorCallException.class)
        .hasMessage("OpenAI images at POST " + server.url("/v1/images/edits") + " answered HTTP 401 after 1 attempt: "
            + "{\"error\": {\"message\": \"Incorrect API key provided: ****\"}}");
    assertThat(painter.name()).isEqualTo("openai-images gpt-image-1@http://" + server.getHostName() + ":" + server.getPort());
    assertThat(painter.toString()).isEqualTo(painter.name()).doesNotContain(KEY);
  }

  @Test
  void returnsBeforeTheServerAnswersAndKeepsAtMostItsConcurrencyInFlight() throws Exception {
    HeldDispatcher held = new HeldDispatcher(answer(1536, 1024, RED));
    server.setDispatcher(held);
    painter = painter(server.url("/"), 1);
    Image image = Pngs.encode(Pngs.gradient(100, 80));

    List<CompletionStage<EditedImage>> paintings = new ArrayList<>();
    for (int seed = 0; seed < 3; seed++) {
      paintings.add(painter.paint(image, new ImageEdit.Remove(BOX), seed));
    }
    held.awaitHeld(1);
    Thread.sleep(300);

    assertThat(paintings).allSatisfy(painting -> assertThat(painting.toCompletableFuture()).isNotDone());
    assertThat(server.getRequestCount()).isEqualTo(1);
    held.release();
    for (CompletionStage<EditedImage> painting : paintings) {
      assertThat(painting.toCompletableFuture().get(10, TimeUnit.SECONDS).image().width()).isEqualTo(100);
    }
    assertThat(held.mostHeld()).isEqualTo(1);
  }

  private OpenAiImagesPainter painter(okhttp3.HttpUrl base, int concurrency) {
    return new OpenAiImagesPainter(base, "gpt-image-1", Optional.of(KEY), Duration.ofSeconds(5), concurrency);
  }

  /** The API's answer: one image, in base64. */
  private static MockResponse answer(int width, int height, int rgb) {
    String b64 = Base64.getEncoder().encodeToString(Pngs.png(width, height, rgb));
    return new MockResponse.Builder().setHeader("Content-Type", "application/json")
        .body("{\"created\": 1, \"data\": [{\"b64_json\": \"" + b64 + "\"}]}").build();
  }

  private record Part(String disposition, String type, byte[] bytes) {
    String text() {
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** The multipart form of the request, by part name, in order. */
  private static Map<String, Part> form(RecordedRequest request) throws IOException {
    MediaType type = MediaType.get(request.getHeaders().get("Content-Type"));
    assertThat(type.type() + "/" + type.subtype()).isEqualTo("multipart/form-data");
    Map<String, Part> parts = new LinkedHashMap<>();
    try (MultipartReader reader = new MultipartReader(new Buffer().write(request.getBody()), type.parameter("boundary"))) {
      for (MultipartReader.Part part = reader.nextPart(); part != null; part = reader.nextPart()) {
        String disposition = part.headers().get("Content-Disposition");
        String name = disposition.replaceAll("^form-data; name=\"([^\"]*)\".*", "$1");
        parts.put(name, new Part(disposition, part.headers().get("Content-Type"), part.body().readByteArray()));
      }
    }
    return parts;
  }

  /** An RGBA mask of the size, fully transparent (paint) exactly inside the box and opaque everywhere else. */
  private static void assertTransparentExactlyIn(BufferedImage mask, int width, int height, Box box) {
    assertThat(mask.getWidth()).isEqualTo(width);
    assertThat(mask.getHeight()).isEqualTo(height);
    assertThat(mask.getColorModel().hasAlpha()).isTrue();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        boolean inside = x >= box.xMin() && x < box.xMax() && y >= box.yMin() && y < box.yMax();
        assertThat(mask.getRGB(x, y) >>> 24).as("alpha at %d,%d", x, y).isEqualTo(inside ? 0 : 255);
      }
    }
  }

  private static void assertUnchangedOutside(BufferedImage result, BufferedImage input, Box changed) {
    for (int y = 0; y < input.getHeight(); y++) {
      for (int x = 0; x < input.getWidth(); x++) {
        if (!(x >= changed.xMin() && x < changed.xMax() && y >= changed.yMin() && y < changed.yMax())) {
          assertThat(Pngs.rgb(result, x, y)).as("pixel %d,%d", x, y).isEqualTo(Pngs.rgb(input, x, y));
        }
      }
    }
  }
}
