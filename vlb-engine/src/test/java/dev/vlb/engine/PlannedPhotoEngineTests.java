package dev.vlb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vlb.engine.fixtures.PlannedPhotoFixtureTests;
import dev.vlb.engine.store.VariantsCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Every strategy end to end on two real photographs: the planner, the judge and an IOPaint server are
 * MockWebServer stand-ins that answer as an LVLM and an inpainting server would, and check the shapes of
 * what they are sent; the in-process OpenCV painter or the IOPaint stand-in carries out the edits.
 */
class PlannedPhotoEngineTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path PHOTOS = Path.of("/usr/share/doc/opencv-doc/examples/data");
  private static final Path DATASET = Path.of("target/planned-photo-fixture");
  private static final String BALL = "What colour is the ball on the grass? [say=yellow]";
  private static final String BANANA = "Is there a banana among the fruit? [say=No]";

  @TempDir
  Path output;

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final Queue planner = new Queue();
  private final Queue judge = new Queue();
  private final Queue ioPaint = new Queue();

  @BeforeEach
  void standIns() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String body = request.getBody().utf8();
        String path = request.getUrl().encodedPath();
        if (path.startsWith("/planner/")) {
          planner.add(body);
          return chat(plan(prompt(body)));
        }
        if (path.startsWith("/judge/")) {
          judge.add(body);
          return chat("Yes, nothing the question is about changed.");
        }
        ioPaint.add(body);
        // an inpainting server answers with an image of the canvas's size: the canvas itself will do
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "image/png")
            .body(new Buffer().write(Base64.getDecoder().decode(field(body, "image")))).build();
      }
    });
  }

  @Test
  void plansPaintsAndJudgesEveryStrategyOnPhotographsWithTheOpenCvPainter() throws Exception {
    Map<String, JsonNode> results = run(Map.of());

    assertThat(results).hasSize(40);
    assertThat(results.values()).allSatisfy(result -> {
      assertThat(result.path("outcome").asText()).as(result.path("variant").asText()).isIn("PASSED", "FAILED");
      assertThat(result.path("judged").asBoolean()).isTrue();
      assertThat(result.path("judge").asText()).startsWith("lvlm (judge-model@");
    });
    JsonNode added = results.get("ball V1").path("steps").get(0);
    assertThat(added.path("maker").asText()).startsWith("planner (planner-model@").endsWith(") + opencv");
    assertThat(added.path("plan").path("asks").asInt()).isEqualTo(1);
    assertThat(added.path("plan").path("reply").path("objects").get(0).path("name").asText()).isEqualTo("cup");
    assertThat(added.path("edit").toString()).isEqualTo(
        "{\"edit\":\"add\",\"painter\":\"opencv\",\"changed\":[16,16,104,94],\"object\":\"cup\",\"box\":[20,20,100,90]}");
    assertThat(results.get("fruit V2").path("steps").get(0).path("edit").toString()).isEqualTo(
        "{\"edit\":\"remove\",\"painter\":\"opencv\",\"changed\":[17,17,123,103],\"object\":\"orange\",\"box\":[20,20,120,100]}");
    assertThat(results.get("ball V3").path("steps").get(0).path("edit").path("ratio").asDouble()).isEqualTo(1.5);
    assertThat(results.get("ball L1").path("question").asText()).isEqualTo("What color is the ball on the grass? [say=yellow]");
    assertThat(results.get("ball L2").path("question").asText()).isEqualTo("Which colour does the ball on the grass have? [say=yellow]");
    assertThat(results.get("fruit L3").path("context").asText()).isEqualTo("Apples and oranges lie in a wooden bowl.");
    assertThat(results.get("fruit V1+L4").path("context").asText()).isEqualTo("Trains in Japan are famous for running on time.");
    assertThat(results.get("fruit V1+L4").path("steps")).extracting(step -> step.path("strategy").asText())
        .containsExactly("V1", "L4");
    String photo = sha256(Files.readAllBytes(PHOTOS.resolve("messi5.jpg")));
    assertThat(results.get("ball vanilla").path("imageSha256").asText()).isEqualTo(photo);
    assertThat(results.get("ball L4").path("imageSha256").asText()).isEqualTo(photo);
    assertThat(results.get("ball V1").path("imageSha256").asText()).isNotEqualTo(photo)
        .isEqualTo(results.get("ball V1+L2").path("imageSha256").asText());
    // per photograph: V1 and V2 planned once each; L1-L4 on the original and on each of the 3 edited images
    assertThat(planner.bodies).hasSize(2 * (2 + 4 * 4));
    assertThat(planner.bodies).allSatisfy(body -> assertThat(body).contains("data:image/"));
    // per photograph: 19 variants, each step judged once, shared steps included
    assertThat(judge.bodies).hasSize(2 * 19);
    assertThat(ioPaint.bodies).isEmpty();
  }

  @Test
  void anIoPaintServerPaintsWhatThePlannerPlanned() throws Exception {
    Map<String, JsonNode> results = run(Map.of("vlb.editor", "iopaint", "vlb.editor.url", server.url("/iopaint").toString()));

    assertThat(results.values()).extracting(result -> result.path("outcome").asText()).doesNotContain("NOT_GENERATED", "ERROR");
    // per photograph: one addition, one removal, one outpainting
    assertThat(ioPaint.bodies).hasSize(6);
    Map<String, List<JsonNode>> byTask = new TreeMap<>();
    for (String body : ioPaint.bodies) {
      JsonNode request = JSON.readTree(body);
      byTask.computeIfAbsent(request.path("powerpaint_task").asText(), task -> new ArrayList<>()).add(request);
    }
    assertThat(byTask.keySet()).containsExactly("object-remove", "outpainting", "text-guided");
    assertThat(byTask.get("text-guided")).allSatisfy(request -> {
      assertThat(request.path("prompt").asText()).isEqualTo("a cup");
      assertThat(request.path("sd_seed").isIntegralNumber()).isTrue();
      assertThat(request.path("mask").asText()).isNotEmpty();
    });
    JsonNode added = results.get("ball V1").path("steps").get(0);
    assertThat(added.path("maker").asText()).endsWith(") + iopaint@" + server.url("/iopaint"));
    assertThat(added.path("edit").path("box").toString()).isEqualTo("[20,20,100,90]");
  }

  @Test
  void aSecondRunOnTheSameVariantStoreAsksNoPlannerPainterOrJudgeAndMakesNoImageUnlessToldToRegenerate() throws Exception {
    Map<String, String> configuration = Map.of("vlb.editor", "iopaint", "vlb.editor.url", server.url("/iopaint").toString(),
        "vlb.variants.dir", output.resolve("store").toString());
    Map<String, JsonNode> first = run(configuration);
    long images = files(output.resolve("store/images"));
    assertThat(planner.bodies).hasSize(36);
    clear();

    Map<String, JsonNode> second = run(configuration);

    assertThat(planner.bodies).isEmpty();
    assertThat(judge.bodies).isEmpty();
    assertThat(ioPaint.bodies).isEmpty();
    assertThat(files(output.resolve("store/images"))).isEqualTo(images);
    assertThat(digests(second)).isEqualTo(digests(first));
    assertThat(second.get("ball V1").path("variantKey").asText()).hasSize(64)
        .isEqualTo(first.get("ball V1").path("variantKey").asText());
    assertThat(second.get("ball V1").path("steps")).isEqualTo(first.get("ball V1").path("steps"));
    assertThat(Files.readString(output.resolve("summary.md")))
        .contains("38 variant(s) reused from the variant store, not generated again");
    clear();

    Map<String, JsonNode> regenerated = run(Map.of("vlb.editor", "iopaint", "vlb.editor.url", server.url("/iopaint").toString(),
        "vlb.variants.dir", output.resolve("store").toString(), "vlb.variants", "regenerate"));

    assertThat(planner.bodies).hasSize(36);
    assertThat(judge.bodies).hasSize(38);
    assertThat(digests(regenerated)).isEqualTo(digests(first));
  }

  @Test
  void aFrozenSetImportedIntoAFreshStoreIsEvaluatedWithoutGeneratingAndNothingElse() throws Exception {
    Map<String, JsonNode> first = run(Map.of("vlb.variants.dir", output.resolve("store").toString()));
    Path set = output.resolve("set.zip");
    assertThat(cli("export", "--store", output.resolve("store").toString(), "--results",
        output.resolve("results.jsonl").toString(), "--out", set.toString())).isZero();
    Path fresh = output.resolve("fresh-store");
    assertThat(cli("import", "--in", set.toString(), "--store", fresh.toString())).isZero();
    clear();

    Map<String, JsonNode> frozen = run(Map.of("vlb.variants", "frozen", "vlb.variants.dir", fresh.toString()));

    assertThat(planner.bodies).isEmpty();
    assertThat(judge.bodies).isEmpty();
    assertThat(digests(frozen)).isEqualTo(digests(first));
    Map<String, JsonNode> elsewhere = run(Map.of("vlb.variants", "frozen",
        "vlb.variants.dir", output.resolve("empty-store").toString()));
    assertThat(elsewhere.get("ball V1").path("outcome").asText()).isEqualTo("NOT_GENERATED");
    assertThat(elsewhere.get("ball V1").path("reason").asText())
        .isEqualTo("not in the frozen set: vlb.variants=frozen generates nothing");
    assertThat(elsewhere.get("ball vanilla").path("outcome").asText()).isIn("PASSED", "FAILED");
    assertThat(planner.bodies).isEmpty();
  }

  private void clear() {
    planner.bodies.clear();
    judge.bodies.clear();
    ioPaint.bodies.clear();
  }

  /** Runs the command line and fails with what it said on error, unless it succeeds. */
  private static int cli(String... args) {
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = VariantsCli.run(args, new PrintStream(OutputStream.nullOutputStream()), new PrintStream(errors, true));
    assertThat(errors.toString()).isEmpty();
    return status;
  }

  /** Each variant's outcome and image digest, by item and chain. */
  private static Map<String, String> digests(Map<String, JsonNode> results) {
    Map<String, String> digests = new TreeMap<>();
    results.forEach((variant, result) -> digests.put(variant,
        result.path("outcome").asText() + " " + result.path("imageSha256").asText()));
    return digests;
  }

  private static long files(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  private Map<String, JsonNode> run(Map<String, String> configuration) throws IOException {
    assumeTrue(Files.isReadable(PHOTOS.resolve("messi5.jpg")) && Files.isReadable(PHOTOS.resolve("fruits.jpg")),
        "Debian's opencv-doc photographs are not installed");
    Files.createDirectories(DATASET);
    for (String photo : List.of("messi5.jpg", "fruits.jpg")) {
      Files.copy(PHOTOS.resolve(photo), DATASET.resolve(photo), StandardCopyOption.REPLACE_EXISTING);
    }
    Files.writeString(DATASET.resolve("items.jsonl"), String.join("\n",
        item("ball", "messi5.jpg", BALL, "short_answer", "yellow"),
        item("fruit", "fruits.jpg", BANANA, "yes_no", "No")) + "\n");
    EngineTestKit.engine(VlbTestEngine.ENGINE_ID)
        .configurationParameter("vlb.output.dir", output.toString())
        .configurationParameter("vlb.summary.console", "false")
        .configurationParameter("vlb.cache.enabled", "false")
        .configurationParameter("vlb.planner.url", server.url("/planner/v1").toString())
        .configurationParameter("vlb.planner.name", "planner-model")
        .configurationParameter("vlb.judge.url", server.url("/judge/v1").toString())
        .configurationParameter("vlb.judge.name", "judge-model")
        .configurationParameters(configuration)
        .selectors(selectClass(PlannedPhotoFixtureTests.class))
        .execute();
    return Files.readAllLines(output.resolve("results.jsonl")).stream()
        .map(PlannedPhotoEngineTests::read)
        .collect(Collectors.toMap(result -> result.path("item").asText() + " " + result.path("variant").asText(),
            result -> result));
  }

  /** What an LVLM planner would answer to each of the planner's prompts. */
  private static String plan(String prompt) {
    boolean ball = prompt.contains("ball");
    if (prompt.contains("Plan objects to add")) {
      return "```json\n{\"keep\": [[300, 200, 400, 300]], \"objects\": [{\"name\": \"cup\", \"box\": [20, 20, 100, 90]}]}\n```";
    }
    if (prompt.contains("could be removed")) {
      return "[{\"object_name\": \"orange\", \"box\": [20, 20, 120, 100]}]";
    }
    if (prompt.contains("Write a description")) {
      return "{\"descriptions\": [\"" + (ball ? "A man runs across a football pitch." : "Apples and oranges lie in a wooden bowl.") + "\"]}";
    }
    if (prompt.contains("nothing to do with this image")) {
      return "{\"contexts\": [\"Trains in Japan are famous for running on time.\"]}";
    }
    if (prompt.contains("synonyms")) {
      return "{\"questions\": [\"" + (ball ? "What color is the ball on the grass? [say=yellow]" : "Is there a banana among the fruits? [say=No]") + "\"]}";
    }
    return "{\"questions\": [\"" + (ball ? "Which colour does the ball on the grass have? [say=yellow]" : "Can you see a banana among the fruit? [say=No]") + "\"]}";
  }

  private static String item(String id, String image, String question, String type, String answer) {
    ObjectNode item = JSON.createObjectNode().put("id", id).put("image", image).put("question", question)
        .put("type", type).put("answer", answer);
    return item.toString();
  }

  private static String prompt(String body) {
    for (JsonNode part : read(body).path("messages").get(0).path("content")) {
      if (part.path("type").asText().equals("text")) {
        return part.path("text").asText();
      }
    }
    throw new AssertionError("no text in " + body);
  }

  private static String field(String body, String name) {
    return read(body).path(name).asText();
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static MockResponse chat(String content) {
    ObjectNode body = JSON.createObjectNode();
    body.putArray("choices").addObject().put("finish_reason", "stop").putObject("message")
        .put("role", "assistant").put("content", content);
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body.toString()).build();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** The request bodies one stand-in received. */
  private static final class Queue {
    final ConcurrentLinkedQueue<String> bodies = new ConcurrentLinkedQueue<>();

    void add(String body) {
      bodies.add(body);
    }
  }
}
