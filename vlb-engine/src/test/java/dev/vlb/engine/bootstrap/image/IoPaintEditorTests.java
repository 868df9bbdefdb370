package dev.vlb.engine.bootstrap.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vlb.api.ImageStrategy;
import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.Sample;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The IOPaint client against a loopback stand-in: what it sends, and what it makes of each answer. */
class IoPaintEditorTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "sk-iopaint-secret";

  @StartStop
  private final MockWebServer server = new MockWebServer();
  private IoPaintEditor editor;

  @AfterEach
  void close() {
    editor.close();
  }

  @Test
  void asksToOutpaintTheCentredPhotographAndReturnsTheServersImage() throws Exception {
    byte[] filled = Pngs.png(60, 45, 0x3366cc);
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "image/png").body(new okio.Buffer().write(filled)).build());
    editor = editor();
    BufferedImage input = Pngs.gradient(40, 30);

    Sample edited = editor.edit(ImageStrategy.OUTPAINT, sample(Pngs.encode(input)), 7L);

    assertThat(edited.image()).isEqualTo(Image.png(filled, 60, 45));
    assertThat(edited.question()).isEqualTo("What is shown?");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/inpaint");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    JsonNode body = JSON.readTree(request.getBody().utf8());
    assertThat(body.path("powerpaint_task").asText()).isEqualTo("outpainting");
    assertThat(body.path("use_extender").asBoolean(true)).isFalse();
    assertThat(body.path("sd_seed").asLong()).isEqualTo(7L);
    assertThat(body.path("prompt").asText("absent")).isEmpty();
    BufferedImage canvas = Pngs.decodeBase64(body.path("image").asText());
    assertThat(canvas.getWidth()).isEqualTo(60);
    assertThat(canvas.getHeight()).isEqualTo(45);
    for (int y = 0; y < 30; y++) {
      for (int x = 0; x < 40; x++) {
        assertThat(canvas.getRGB(10 + x, 7 + y)).as("pixel %d,%d", x, y).isEqualTo(input.getRGB(x, y));
      }
    }
    BufferedImage mask = Pngs.decodeBase64(body.path("mask").asText());
    assertThat(mask.getWidth()).isEqualTo(60);
    assertThat(mask.getHeight()).isEqualTo(45);
    assertThat(mask.getRaster().getSample(0, 0, 0)).isEqualTo(255);
    assertThat(mask.getRaster().getSample(9, 20, 0)).isEqualTo(255);
    assertThat(mask.getRaster().getSample(10, 7, 0)).isZero();
    assertThat(mask.getRaster().getSample(49, 36, 0)).isZero();
    assertThat(mask.getRaster().getSample(50, 36, 0)).isEqualTo(255);
  }

  @Test
  void aDifferentSeedAsksForADifferentImageAndANegativeOneStaysValid() throws Exception {
    server.enqueue(new MockResponse.Builder().body(new okio.Buffer().write(Pngs.png(60, 45, 0))).build());
    server.enqueue(new MockResponse.Builder().body(new okio.Buffer().write(Pngs.png(60, 45, 0))).build());
    editor = editor();
    Sample sample = sample(Pngs.encode(Pngs.gradient(40, 30)));

    editor.edit(ImageStrategy.OUTPAINT, sample, 8L);
    editor.edit(ImageStrategy.OUTPAINT, sample, -1L);

    assertThat(JSON.readTree(server.takeRequest().getBody().utf8()).path("sd_seed").asLong()).isEqualTo(8L);
    assertThat(JSON.readTree(server.takeRequest().getBody().utf8()).path("sd_seed").asLong())
        .isEqualTo(Integer.MAX_VALUE - 1L);
  }

  @Test
  void retriesA503OnceAfterTheWaitTheServerAsks() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "1").body("model is loading").build());
    server.enqueue(new MockResponse.Builder().body(new okio.Buffer().write(Pngs.png(60, 45, 0x112233))).build());
    editor = editor();

    Sample edited = editor.edit(ImageStrategy.OUTPAINT, sample(Pngs.encode(Pngs.gradient(40, 30))), 1L);

    assertThat(edited.image().width()).isEqualTo(60);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  /** OkHttp repeats a 503 with Retry-After: 0 on its own unless the body is one-shot: ours is the only retry. */
  @Test
  void sendsEachAttemptOnceEvenWhenTheServerAsksForNoWait() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "0").body("busy").build());
    }
    server.enqueue(new MockResponse.Builder().body(new okio.Buffer().write(Pngs.png(60, 45, 0x112233))).build());
    editor = editor();

    assertThatThrownBy(() -> editor.edit(ImageStrategy.OUTPAINT, sample(Pngs.encode(Pngs.gradient(40, 30))), 1L))
        .isInstanceOf(EditorCallException.class)
        .hasMessageContaining("answered HTTP 503 after 3 attempts");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void doesNotRetryA400AndNamesStatusEndpointAndBodyButNotTheToken() {
    server.enqueue(new MockResponse.Builder().code(400).body("{\"detail\": \"bad token " + TOKEN + "\"}").build());
    editor = editor();

    assertThatThrownBy(() -> editor.edit(ImageStrategy.OUTPAINT, sample(Pngs.encode(Pngs.gradient(40, 30))), 1L))
        .isInstanceOf(EditorCallException.class)
        .hasMessage("IOPaint at POST " + server.url("/api/v1/inpaint") + " answered HTTP 400 after 1 attempt: "
            + "{\"detail\": \"bad token ****\"}")
        .message().doesNotContain(TOKEN);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void refusesAnImageOfAnotherSize() {
    server.enqueue(new MockResponse.Builder().body(new okio.Buffer().write(Pngs.png(40, 30, 0))).build());
    editor = editor();

    assertThatThrownBy(() -> editor.edit(ImageStrategy.OUTPAINT, sample(Pngs.encode(Pngs.gradient(40, 30))), 1L))
        .isInstanceOf(EditorCallException.class)
        .hasMessage("IOPaint at POST " + server.url("/api/v1/inpaint") + " answered with a 40x30 image, expected 60x45");
  }

  private IoPaintEditor editor() {
    return IoPaintEditor.create(server.url("/"), Optional.of(TOKEN), 1.5, Duration.ofSeconds(5));
  }

  private static Sample sample(Image image) {
    return new Sample("s1", image, "", "What is shown?", List.of(), "a gradient", TaskType.SHORT_ANSWER, null);
  }
}
