package dev.vlb.engine.bootstrap.plan;

import static dev.vlb.engine.bootstrap.plan.PlanSamples.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.Sample;
import dev.vlb.api.spi.VisionLanguageModel;
import dev.vlb.engine.bootstrap.image.Box;
import dev.vlb.engine.configuration.Settings;
import dev.vlb.engine.model.ModelClients;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The planner through a real HTTP client, as the lead wires it from {@code vlb.planner.*}. */
class PlannerHttpTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  @StartStop
  private final MockWebServer server = new MockWebServer();

  @Test
  void sendsTheImageAndThePromptAndReadsTheFencedPlanFromTheChatReply() throws Exception {
    Image photo = Image.png(png(64, 48), 64, 48);
    Sample sample = new Sample("mme-count-7", photo, "", "How many cups are on the table?", List.of(), "2",
        TaskType.SHORT_ANSWER, null);
    server.enqueue(chat("```json\n[{\"object_name\": \"spoon\", \"box\": [4, 30, 20, 44]}]\n```"));

    try (VisionLanguageModel client = ModelClients.create("planner", Settings.of(Map.of(
        "vlb.planner.url", server.url("/v1").toString(),
        "vlb.planner.name", "qwen2-vl-72b",
        "vlb.planner.timeout", "5s",
        "vlb.cache.enabled", "false")), variable -> null).orElseThrow()) {
      Plan.Removal plan = result(Planner.create(client, 2).removal(sample, 0));

      assertThat(plan.name()).isEqualTo("spoon");
      assertThat(plan.box()).isEqualTo(new Box(4, 30, 20, 44));
      assertThat(plan.asks()).isEqualTo(1);
    }
    RecordedRequest request = server.takeRequest();
    JsonNode content = JSON.readTree(request.getBody().utf8()).path("messages").get(0).path("content");
    assertThat(content.get(0).path("image_url").path("url").asText())
        .isEqualTo("data:image/png;base64," + Base64.getEncoder().encodeToString(photo.bytes()));
    assertThat(content.get(1).path("text").asText())
        .startsWith("The image is 64 pixels wide and 48 pixels high.\nA question is asked about this image.\n"
            + "Question: How many cups are on the table?\nCorrect answer: 2\n")
        .contains("Propose 5 objects");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  private static MockResponse chat(String content) throws Exception {
    String body = """
        {"id": "chatcmpl-1", "object": "chat.completion", "model": "qwen2-vl-72b",
         "choices": [{"index": 0, "message": {"role": "assistant", "content": %s}, "finish_reason": "stop"}],
         "usage": {"prompt_tokens": 900, "completion_tokens": 40, "total_tokens": 940}}
        """.formatted(JSON.writeValueAsString(content));
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
  }

  private static byte[] png(int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    image.setRGB(10, 20, 0xFF0000);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(image, "png", bytes);
    return bytes.toByteArray();
  }
}
