package dev.vlb.engine.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.Judge;
import dev.vlb.api.spi.ModelQuery;
import dev.vlb.api.spi.ModelReply;
import dev.vlb.api.spi.Sample;
import dev.vlb.api.spi.Verdict;
import dev.vlb.api.spi.VisionLanguageModel;
import dev.vlb.engine.configuration.Settings;
import dev.vlb.engine.fixtures.CannedModel;
import dev.vlb.engine.model.ModelClients;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelJudgeTests {

  private static final Image RED = png(100, 80, Color.RED);
  private static final Image BLUE = png(100, 80, Color.BLUE);

  private static final Sample ORIGINAL = new Sample("mmb-7", RED, "", "What color is the ball?",
      List.of("blue", "red", "green"), "B", TaskType.MULTIPLE_CHOICE, null);

  @StartStop
  private final MockWebServer server = new MockWebServer();

  @Test
  void asksWhetherTheOriginalAnswerStillHoldsGivingBothQuestionsWithTheirContextAndOptions() {
    CannedModel model = CannedModel.replying("Yes. The ball is still red.");
    Sample variant = ORIGINAL.withContext("A child plays in a park.").withQuestion("Which colour does the ball have?");

    Verdict verdict = ModelJudge.over(model).judge(ORIGINAL, variant);

    assertThat(verdict).isEqualTo(Verdict.accept("judge said yes: The ball is still red."));
    assertThat(model.queries()).hasSize(1);
    assertThat(model.queries().get(0).prompt()).isEqualTo("""
        You check a test question of a vision-language benchmark. The VARIANT below was made from the ORIGINAL \
        by editing its picture, its wording or its context, and must keep the ORIGINAL's correct answer.
        The picture is the same for both; only the text changed.

        ORIGINAL
        Question: What color is the ball?
        Options:
        A. blue
        B. red
        C. green
        Correct answer: B. red

        VARIANT
        Context: A child plays in a park.
        Question: Which colour does the ball have?
        Options:
        A. blue
        B. red
        C. green

        Is "B. red" still the correct answer to the VARIANT question about the VARIANT picture? It is not if \
        something the question is about was removed, added, covered, moved, or changed in colour, shape, size or \
        number; if the VARIANT asks something different; or if its context states the answer outright or \
        contradicts the picture.
        Reply with Yes or No as your first word, then one short sentence saying why.""");
    assertThat(model.queries().get(0).image()).as("an unchanged picture is sent once").contains(RED);
  }

  @Test
  void showsBothPicturesSideBySideUnderTheirLabelsWhenThePictureChanged() {
    CannedModel model = CannedModel.replying("no");
    Sample original = new Sample("mme-3", RED, "", "Is there a red ball?", List.of(), "Yes", TaskType.YES_NO, null);

    Verdict verdict = ModelJudge.over(model).judge(original, original.withImage(BLUE, null));

    assertThat(verdict).isEqualTo(Verdict.reject("judge said no"));
    ModelQuery query = model.queries().get(0);
    assertThat(query.prompt())
        .contains("The image shows both pictures, each under its label: ORIGINAL and VARIANT.\n")
        .contains("Correct answer: Yes\n")
        .contains("Is \"Yes\" still the correct answer");
    Image composite = query.image().orElseThrow();
    assertThat(composite.mediaType()).isEqualTo("image/png");
    // Two 100x80 panels, a 12-pixel gap between them, a 28-pixel label band above.
    assertThat(List.of(composite.width(), composite.height())).containsExactly(212, 108);
    BufferedImage pixels = decode(composite);
    assertThat(List.of(pixels.getWidth(), pixels.getHeight())).containsExactly(212, 108);
    assertThat(new Color(pixels.getRGB(50, 68))).isEqualTo(Color.RED);
    assertThat(new Color(pixels.getRGB(162, 68))).isEqualTo(Color.BLUE);
    assertThat(darkPixels(pixels, 0, 100)).as("the ORIGINAL label").isGreaterThan(50);
    assertThat(darkPixels(pixels, 112, 212)).as("the VARIANT label").isGreaterThan(50);
  }

  @Test
  void scalesPicturesToACommonHeightAndStacksWideOnes() {
    CannedModel model = CannedModel.replying("yes", "yes");
    Sample small = new Sample("s", RED, "", "Is it red?", List.of(), "Yes", TaskType.YES_NO, null);
    Sample wide = small.withImage(png(300, 100, Color.RED), null);

    ModelJudge.over(model).judge(small, small.withImage(png(200, 160, Color.RED), null));
    ModelJudge.over(model).judge(wide, wide.withImage(png(300, 100, Color.BLUE), null));

    Image grown = model.queries().get(0).image().orElseThrow();
    assertThat(List.of(grown.width(), grown.height())).as("both at height 160").containsExactly(200 + 12 + 200, 28 + 160);
    Image stacked = model.queries().get(1).image().orElseThrow();
    assertThat(List.of(stacked.width(), stacked.height())).containsExactly(300, 28 + 100 + 12 + 28 + 100);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      yes                                    | true  | judge said yes
      Yes.                                   | true  | judge said yes
      '  **YES** -- nothing it asks about moved' | true | judge said yes: nothing it asks about moved
      no                                     | false | judge said no
      'NO, because the ball is now blue.'    | false | judge said no: because the ball is now blue.
      'No.\n\nThe star   was removed.'         | false | judge said no: The star was removed.
      """)
  void readsYesOrNoAsTheFirstWordAndKeepsTheJudgesReason(String reply, boolean accepted, String reason) {
    Verdict verdict = ModelJudge.over(CannedModel.replying(reply.replace("\\n", "\n"))).judge(ORIGINAL, ORIGINAL);

    assertThat(verdict).isEqualTo(new Verdict(accepted, reason));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      The answer is yes.          | The answer is yes.
      Yes/No                      | Yes/No
      Yesterday it was red.       | Yesterday it was red.
      ''                          | ''
      """)
  void rejectsAReplyThatDoesNotStartWithYesOrNo(String reply, String quoted) {
    Verdict verdict = ModelJudge.over(CannedModel.replying(reply)).judge(ORIGINAL, ORIGINAL);

    assertThat(verdict).isEqualTo(Verdict.reject("unparseable judge reply: '" + quoted + "'"));
  }

  @Test
  void quotesTheFirstEightyCharactersOfAnUnparseableReply() {
    String rambling = "Let me think about this step by step. First, the original picture shows a red ball; then";

    Verdict verdict = ModelJudge.over(CannedModel.replying(rambling)).judge(ORIGINAL, ORIGINAL);

    assertThat(verdict).isEqualTo(Verdict.reject(
        "unparseable judge reply: 'Let me think about this step by step. First, the original picture shows a red ba'"));
  }

  @Test
  void theEngineIsAnsweredAStageBeforeTheModelAnswersWhichTheReplyCompletes() {
    CompletableFuture<ModelReply> reply = new CompletableFuture<>();
    Judge judge = ModelJudge.over(new VisionLanguageModel() {
      @Override
      public String name() {
        return "slow-judge";
      }

      @Override
      public CompletionStage<ModelReply> ask(ModelQuery query) {
        return reply;
      }
    });

    CompletableFuture<Verdict> verdict = judge.judgeAsync(ORIGINAL, ORIGINAL).toCompletableFuture();

    assertThat(verdict).isNotDone();
    reply.complete(ModelReply.of("Yes.", Duration.ofMillis(200)));
    assertThat(verdict).isCompletedWithValue(Verdict.accept("judge said yes"));
  }

  @Test
  void aFailedModelCallPropagatesAsItIsNeverAsARejection() {
    IllegalStateException unchecked = new IllegalStateException("HTTP 503 from http://judge:8000");
    IOException checked = new IOException("connection reset");

    CompletionStage<Verdict> stage = ModelJudge.over(CannedModel.failing(unchecked)).judgeAsync(ORIGINAL, ORIGINAL);

    Throwable waited = catchThrowable(() -> stage.toCompletableFuture().get(5, TimeUnit.SECONDS));
    assertThat(waited).isInstanceOf(ExecutionException.class).cause().isSameAs(unchecked);
    assertThat(catchThrowable(() -> ModelJudge.over(CannedModel.failing(unchecked)).judge(ORIGINAL, ORIGINAL)))
        .isSameAs(unchecked);
    assertThat(catchThrowable(() -> ModelJudge.over(CannedModel.failing(checked)).judge(ORIGINAL, ORIGINAL)))
        .isInstanceOf(CompletionException.class)
        .cause().isSameAs(checked);
  }

  @Test
  void aPictureThatCannotBeComposedFailsTheStage() {
    Sample gif = ORIGINAL.withImage(new Image(new byte[] {'G', 'I', 'F', '8'}, "image/gif", 1, 1), null);

    assertThatThrownBy(() -> ModelJudge.over(CannedModel.replying("yes")).judge(ORIGINAL, gif))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Only PNG and JPEG images can be edited");
  }

  @Test
  void isNamedAfterItsModelAndVersionsItsPrompt() {
    assertThat(ModelJudge.over(CannedModel.replying("yes")).name()).isEqualTo("lvlm (canned-vlm)");
    assertThat(ModelJudge.PROMPT_VERSION).isEqualTo("lvlm-judge/1");
  }

  /** Through the real HTTP client: the request carries the composed picture and the prompt. */
  @Test
  void sendsTheComposedPictureAndThePromptToAnOpenAiCompatibleEndpoint() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body("""
        {"id": "chatcmpl-1", "object": "chat.completion", "model": "internvl2",
         "choices": [{"index": 0, "message": {"role": "assistant", "content": "No, the ball is blue now."},
                      "finish_reason": "stop"}]}
        """).build());
    Sample variant = ORIGINAL.withImage(BLUE, null);
    Settings settings = Settings.of(Map.of(
        "vlb.judge.url", server.url("/v1").toString(),
        "vlb.judge.name", "internvl2",
        "vlb.cache.enabled", "false"));

    try (VisionLanguageModel client = ModelClients.create("judge", settings, name -> null).orElseThrow()) {
      Verdict verdict = ModelJudge.over(client).judgeAsync(ORIGINAL, variant).toCompletableFuture().get(30, TimeUnit.SECONDS);

      assertThat(verdict).isEqualTo(Verdict.reject("judge said no: the ball is blue now."));
    }
    RecordedRequest request = server.takeRequest();
    JsonNode body = new ObjectMapper().readTree(request.getBody().utf8());
    assertThat(body.path("model").asText()).isEqualTo("internvl2");
    ModelQuery expected = ModelJudge.query(ORIGINAL, variant);
    List<String> texts = new ArrayList<>();
    List<String> images = new ArrayList<>();
    for (JsonNode part : body.path("messages").get(0).path("content")) {
      texts.add(part.path("text").asText());
      images.add(part.path("image_url").path("url").asText());
    }
    assertThat(texts).contains(expected.prompt());
    assertThat(images).contains("data:image/png;base64,"
        + Base64.getEncoder().encodeToString(expected.image().orElseThrow().bytes()));
  }

  private static Image png(int width, int height, Color colour) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        image.setRGB(x, y, colour.getRGB());
      }
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ImageIO.write(image, "png", bytes);
      return Image.png(bytes.toByteArray(), width, height);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedImage decode(Image image) {
    try {
      return ImageIO.read(new ByteArrayInputStream(image.bytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Dark pixels in the label band between the columns: the label's letters. */
  private static int darkPixels(BufferedImage image, int fromX, int toX) {
    int dark = 0;
    for (int x = fromX; x < toX; x++) {
      for (int y = 0; y < 28; y++) {
        Color colour = new Color(image.getRGB(x, y));
        dark += colour.getRed() + colour.getGreen() + colour.getBlue() < 200 ? 1 : 0;
      }
    }
    return dark;
  }
}
