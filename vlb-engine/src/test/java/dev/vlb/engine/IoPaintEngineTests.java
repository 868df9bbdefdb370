package dev.vlb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vlb.engine.configuration.InvalidConfigurationException;
import dev.vlb.engine.fixtures.IoPaintFixtureTests;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/** {@code vlb.editor=iopaint}: V3 of a photograph comes from the IOPaint server (a loopback stand-in here). */
class IoPaintEngineTests {

  private static final Path DATASET = Path.of("target/iopaint-fixture");

  @StartStop
  private final MockWebServer server = new MockWebServer();

  @TempDir
  Path output;

  @Test
  void theOutpaintedVariantIsTheServersImage() throws Exception {
    Files.createDirectories(DATASET);
    Files.write(DATASET.resolve("photo.png"), png(40, 30));
    Files.writeString(DATASET.resolve("items.jsonl"), "{\"id\": \"p1\", \"image\": \"photo.png\", "
        + "\"question\": \"What colour is the photo?\", \"type\": \"short_answer\", \"answer\": \"grey\"}\n");
    server.enqueue(new MockResponse.Builder().body(new okio.Buffer().write(png(60, 45))).build());

    EngineTestKit.engine(VlbTestEngine.ENGINE_ID)
        .configurationParameters(Map.of("vlb.editor", "iopaint", "vlb.editor.url", server.url("/").toString(),
            "vlb.output.dir", output.toString(), "vlb.summary.console", "false"))
        .selectors(selectClass(IoPaintFixtureTests.class))
        .execute();

    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/inpaint");
    assertThat(new ObjectMapper().readTree(request.getBody().utf8()).path("powerpaint_task").asText())
        .isEqualTo("outpainting");
    assertThat(server.getRequestCount()).isEqualTo(1);
    JsonNode v3 = Files.readAllLines(output.resolve("results.jsonl")).stream()
        .map(IoPaintEngineTests::parse)
        .filter(result -> result.path("variant").asText().equals("V3"))
        .findFirst().orElseThrow();
    assertThat(v3.path("outcome").asText()).isNotEqualTo("NOT_GENERATED");
    assertThat(v3.path("verdicts").get(0).asText()).isEqualTo("V3 attempt 1: accepted without judge (none configured)");
  }

  @Test
  void anUnknownEditorFailsNamingTheKey() {
    assertThatThrownBy(() -> EngineTestKit.engine(VlbTestEngine.ENGINE_ID)
            .configurationParameters(Map.of("vlb.editor", "magic", "vlb.output.dir", output.toString()))
            .selectors(selectClass(IoPaintFixtureTests.class))
            .discover())
        .hasRootCauseInstanceOf(InvalidConfigurationException.class)
        .hasRootCauseMessage("Configuration parameter 'vlb.editor' must be opencv, iopaint or openai-images, but was 'magic'");
  }

  @Test
  void iopaintWithoutAUrlFailsNamingTheKey() {
    assertThatThrownBy(() -> EngineTestKit.engine(VlbTestEngine.ENGINE_ID)
            .configurationParameters(Map.of("vlb.editor", "iopaint", "vlb.output.dir", output.toString()))
            .selectors(selectClass(IoPaintFixtureTests.class))
            .discover())
        .hasRootCauseInstanceOf(InvalidConfigurationException.class)
        .hasRootCauseMessage("Configuration parameter 'vlb.editor.url' must be set when 'vlb.editor' is iopaint");
  }

  private static JsonNode parse(String line) {
    try {
      return new ObjectMapper().readTree(line);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] png(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    image.getGraphics().fillRect(5, 5, width / 2, height / 2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
