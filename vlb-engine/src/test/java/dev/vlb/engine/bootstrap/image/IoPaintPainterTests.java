package dev.vlb.engine.bootstrap.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vlb.api.spi.CannotBootstrapException;
import dev.vlb.api.spi.Image;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The IOPaint painter against a loopback stand-in: each edit's request, and what it makes of each answer. */
class IoPaintPainterTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "sk-iopaint-secret";
  /** 20x20 in the middle of a 100x80 image. */
  private static final Box BOX = new Box(40, 30, 60, 50);

  @StartStop
  private final MockWebServer server = new MockWebServer();
  private IoPaintPainter painter;

  @AfterEach
  void close() {
    painter.close();
  }

  @Test
  void removingSendsTheBoxGrownByAMarginAsTheMaskForObjectRemoval() throws Exception {
    byte[] filled = Pngs.png(100, 80, 0x3366cc);
    server.enqueue(png(filled));
    painter = painter(2);
    BufferedImage input = Pngs.gradient(100, 80);

    EditedImage removed = Painters.join(painter.paint(Pngs.encode(input), new ImageEdit.Remove(BOX), 7));

    assertThat(removed.image()).isEqualTo(Image.png(filled, 100, 80));
    assertThat(removed.changed()).as("the hole grown by IOPaint's mask blur").isEqualTo(new Box(21, 11, 79, 69));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/inpaint");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
    JsonNode body = JSON.readTree(request.getBody().utf8());
    assertThat(fields(body)).containsExactly("image", "mask", "prompt", "negative_prompt", "powerpaint_task",
        "use_extender", "sd_keep_unmasked_area", "sd_mask_blur", "sd_seed");
    assertThat(body.path("powerpaint_task").asText()).isEqualTo("object-remove");
    assertThat(body.path("prompt").asText("absent")).isEmpty();
    assertThat(body.path("negative_prompt").asText("absent")).isEmpty();
    assertThat(body.path("use_extender").asBoolean(true)).isFalse();
    assertThat(body.path("sd_keep_unmasked_area").asBoolean(false)).isTrue();
    assertThat(body.path("sd_mask_blur").asInt()).isEqualTo(11);
    assertThat(body.path("sd_seed").asLong()).isEqualTo(7);
    assertSamePixels(Pngs.decodeBase64(body.path("image").asText()), input);
    assertWhiteExactlyIn(Pngs.decodeBase64(body.path("mask").asText()), new Box(32, 22, 68, 58), 100, 80);
  }

  @Test
  void addingSendsTheBoxAsTheMaskAndTheNameAsATextGuidedPrompt() throws Exception {
    server.enqueue(png(Pngs.png(100, 80, 0)));
    painter = painter(2);

    EditedImage added = Painters.join(painter.paint(Pngs.encode(Pngs.gradient(100, 80)), new ImageEdit.Add("red ball", BOX), -1));

    assertThat(added.changed()).isEqualTo(new Box(29, 19, 71, 61));
    JsonNode body = JSON.readTree(server.takeRequest().getBody().utf8());
    assertThat(body.path("powerpaint_task").asText()).isEqualTo("text-guided");
    assertThat(body.path("prompt").asText()).isEqualTo("a red ball");
    assertThat(body.path("negative_prompt").asText())
        .isEqualTo("several objects, duplicate, text, watermark, logo, cartoon, drawing, blurry, deformed, low quality");
    assertThat(body.path("sd_seed").asLong()).as("-1 would ask IOPaint for a random seed").isEqualTo(Integer.MAX_VALUE - 1L);
    assertWhiteExactlyIn(Pngs.decodeBase64(body.path("mask").asText()), BOX, 100, 80);
  }

  @Test
  void outpaintingSendsTheCentredCanvasAndAMaskOfItsBorder() throws Exception {
    server.enqueue(png(Pngs.png(60, 45, 0)));
    painter = painter(2);

    EditedImage outpainted = Painters.join(painter.paint(Pngs.encode(Pngs.gradient(40, 30)), new ImageEdit.Outpaint(1.5), 3));

    assertThat(outpainted.changed()).isEqualTo(new Box(0, 0, 60, 45));
    JsonNode body = JSON.readTree(server.takeRequest().getBody().utf8());
    assertThat(body.path("powerpaint_task").asText()).isEqualTo("outpainting");
    BufferedImage mask = Pngs.decodeBase64(body.path("mask").asText());
    assertThat(mask.getRaster().getSample(9, 20, 0)).isEqualTo(255);
    assertThat(mask.getRaster().getSample(10, 7, 0)).isZero();
    assertThat(mask.getRaster().getSample(50, 36, 0)).isEqualTo(255);
  }

  @Test
  void returnsBeforeTheServerAnswers() throws Exception {
    HeldDispatcher held = new HeldDispatcher(png(Pngs.png(100, 80, 0)));
    server.setDispatcher(held);
    painter = painter(2);

    CompletionStage<EditedImage> painting = painter.paint(Pngs.encode(Pngs.gradient(100, 80)), new ImageEdit.Remove(BOX), 1);
    held.awaitHeld(1);

    assertThat(painting.toCompletableFuture()).isNotDone();
    held.release();
    assertThat(painting.toCompletableFuture().get(10, TimeUnit.SECONDS).image().width()).isEqualTo(100);
  }

  @Test
  void keepsAtMostItsConcurrencyInFlight() throws Exception {
    HeldDispatcher held = new HeldDispatcher(png(Pngs.png(100, 80, 0)));
    server.setDispatcher(held);
    painter = painter(2);
    Image image = Pngs.encode(Pngs.gradient(100, 80));

    List<CompletionStage<EditedImage>> paintings = new ArrayList<>();
    for (int seed = 0; seed < 4; seed++) {
      paintings.add(painter.paint(image, new ImageEdit.Remove(BOX), seed));
    }
    held.awaitHeld(2);
    Thread.sleep(300);

    assertThat(server.getRequestCount()).isEqualTo(2);
    held.release();
    for (CompletionStage<EditedImage> painting : paintings) {
      assertThat(painting.toCompletableFuture().get(10, TimeUnit.SECONDS).image().width()).isEqualTo(100);
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(held.mostHeld()).isEqualTo(2);
  }

  @Test
  void retriesA503() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "0").body("model is loading").build());
    server.enqueue(png(Pngs.png(100, 80, 0x112233)));
    painter = painter(2);

    EditedImage removed = Painters.join(painter.paint(Pngs.encode(Pngs.gradient(100, 80)), new ImageEdit.Remove(BOX), 1));

    assertThat(removed.image().width()).isEqualTo(100);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void refusesAnAnswerOfAnotherSize() {
    server.enqueue(png(Pngs.png(50, 40, 0)));
    painter = painter(2);

    assertThatThrownBy(() -> Painters.join(painter.paint(Pngs.encode(Pngs.gradient(100, 80)), new ImageEdit.Remove(BOX), 1)))
        .isInstanceOf(EditorCallException.class)
        .hasMessage("IOPaint at POST " + server.url("/api/v1/inpaint") + " answered with a 50x40 image, expected 100x80");
  }

  @Test
  void refusesAnAnswerThatIsNoImage() {
    server.enqueue(new MockResponse.Builder().body("{\"detail\": \"ok\"}").build());
    painter = painter(2);

    assertThatThrownBy(() -> Painters.join(painter.paint(Pngs.encode(Pngs.gradient(100, 80)), new ImageEdit.Remove(BOX), 1)))
        .isInstanceOf(EditorCallException.class)
        .hasMessageStartingWith("IOPaint at POST " + server.url("/api/v1/inpaint") + " answered with no PNG or JPEG image: ");
  }

  @Test
  void aBoxOutsideTheImageCannotBePaintedAndNothingIsSent() {
    painter = painter(2);

    assertThatThrownBy(() -> Painters.join(painter.paint(Pngs.encode(Pngs.gradient(100, 80)), new ImageEdit.Remove(new Box(90, 0, 120, 10)), 1)))
        .isInstanceOf(CannotBootstrapException.class)
        .hasMessage("box (90,0)-(120,10) does not lie inside the 100x80 image");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void isNamedAfterTheServerWithoutCredentials() {
    painter = new IoPaintPainter(server.url("/").newBuilder().username("user").password("secret").build(),
        Optional.of(TOKEN), Duration.ofSeconds(5), 1);

    assertThat(painter.name()).isEqualTo("iopaint@http://" + server.getHostName() + ":" + server.getPort())
        .doesNotContain("secret", TOKEN);
    assertThat(painter).hasToString(painter.name());
  }

  private IoPaintPainter painter(int concurrency) {
    return new IoPaintPainter(server.url("/"), Optional.of(TOKEN), Duration.ofSeconds(5), concurrency);
  }

  private static MockResponse png(byte[] png) {
    return new MockResponse.Builder().setHeader("Content-Type", "image/png").body(new Buffer().write(png)).build();
  }

  private static List<String> fields(JsonNode body) {
    List<String> names = new ArrayList<>();
    body.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
    assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
    assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        assertThat(Pngs.rgb(actual, x, y)).as("pixel %d,%d", x, y).isEqualTo(Pngs.rgb(expected, x, y));
      }
    }
  }

  /** A grey mask of the size, white (paint) exactly inside the box and black (keep) everywhere else. */
  private static void assertWhiteExactlyIn(BufferedImage mask, Box box, int width, int height) {
    assertThat(mask.getWidth()).isEqualTo(width);
    assertThat(mask.getHeight()).isEqualTo(height);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        boolean inside = x >= box.xMin() && x < box.xMax() && y >= box.yMin() && y < box.yMax();
        assertThat(mask.getRaster().getSample(x, y, 0)).as("mask at %d,%d", x, y).isEqualTo(inside ? 255 : 0);
      }
    }
  }
}
