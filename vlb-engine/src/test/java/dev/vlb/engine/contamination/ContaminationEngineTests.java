package dev.vlb.engine.contamination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.uniqueIdSubstring;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vlb.api.spi.Image;
import dev.vlb.engine.VlbTestEngine;
import dev.vlb.engine.fixtures.ContaminationFixtureTests;
import dev.vlb.engine.store.Digests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The contamination check in a run, through the engine: three photographs, one whose exact copy is in
 * the training corpus, one whose halved and recompressed copy is, one that is not; each outpainted (V3),
 * reworded (L1) and both, and V1 not generated (no planner).
 */
class ContaminationEngineTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DATASET = Path.of("target/contamination-fixture");

  @TempDir
  Path folder;

  @StartStop
  private final MockWebServer embeddings = new MockWebServer();

  @StartStop
  private final MockWebServer judge = new MockWebServer();

  private Path corpus;

  @BeforeEach
  void datasetAndCorpus() throws IOException {
    Files.createDirectories(DATASET);
    write(DATASET.resolve("messi5.jpg"), Derived.photo("messi5.jpg"));
    write(DATASET.resolve("building.jpg"), Derived.photo("building.jpg"));
    write(DATASET.resolve("HappyFish.jpg"), Derived.photo("HappyFish.jpg"));
    Files.writeString(DATASET.resolve("items.jsonl"), String.join("\n",
        item("ball", "messi5.jpg", "What colour is the ball on the grass?", "yellow"),
        item("house", "building.jpg", "How many towers does the building have?", "two"),
        item("fish", "HappyFish.jpg", "What colour is the fish?", "orange")) + "\n");
    corpus = folder.resolve("corpus");
    Files.createDirectories(corpus.resolve("web"));
    write(corpus.resolve("web/messi5.jpg"), Derived.photo("messi5.jpg"));
    write(corpus.resolve("web/building-small.jpg"), Derived.jpeg(Derived.resized(Derived.photo("building.jpg"), 0.5), 70));
    write(corpus.resolve("fruits.jpg"), Derived.photo("fruits.jpg"));
    write(corpus.resolve("baboon.jpg"), Derived.photo("baboon.jpg"));
  }

  @Test
  void flagsTheOriginalsAndTheRewordingsOfCopiedPhotographsButNotTheirOutpaintings() throws IOException {
    Map<String, JsonNode> results = run(Map.of()).journal;

    JsonNode ball = results.get("ball vanilla").path("contamination");
    assertThat(ball.path("flagged").asBoolean()).isTrue();
    assertThat(ball.path("nearDuplicate").path("corpusId").asText()).isEqualTo("web/messi5.jpg");
    assertThat(ball.path("nearDuplicate").path("similarity").asDouble()).isEqualTo(1.0);
    assertThat(ball.path("nearDuplicate").path("flagged").asBoolean()).isTrue();
    assertThat(ball.has("semantic")).isFalse();
    assertThat(results.get("ball L1").path("contamination")).isEqualTo(ball);
    JsonNode house = results.get("house vanilla").path("contamination");
    assertThat(house.path("flagged").asBoolean()).isTrue();
    assertThat(house.path("nearDuplicate").path("corpusId").asText()).isEqualTo("web/building-small.jpg");
    assertThat(house.path("nearDuplicate").path("similarity").asDouble()).isGreaterThan(0.9);
    assertThat(results.get("fish vanilla").path("contamination").path("flagged").asBoolean()).isFalse();
    for (String item : List.of("ball", "house", "fish")) {
      for (String chain : List.of("V3", "V3+L1")) {
        JsonNode outpainted = results.get(item + " " + chain).path("contamination");
        assertThat(outpainted.path("flagged").isBoolean()).as(item + " " + chain).isTrue();
        assertThat(outpainted.path("flagged").asBoolean()).as(item + " " + chain).isFalse();
      }
      assertThat(results.get(item + " V1").path("outcome").asText()).isEqualTo("NOT_GENERATED");
      assertThat(results.get(item + " V1").has("contamination")).isFalse();
    }
  }

  @Test
  void theSummaryGivesTheFlaggedShareOfEachChain() throws IOException {
    run(Map.of());

    String summary = Files.readString(folder.resolve("out/summary.md"));
    assertThat(summary).contains("contamination: corpus " + corpus.toAbsolutePath().normalize() + ", 4 images indexed");
    assertThat(summary).containsPattern("\\| vanilla +\\| +3 \\| +2 \\| +66\\.7% \\|");
    assertThat(summary).containsPattern("\\| V3 +\\| +3 \\| +0 \\| +0\\.0% \\|");
    assertThat(summary).containsPattern("\\| L1 +\\| +3 \\| +2 \\| +66\\.7% \\|");
    assertThat(summary).containsPattern("\\| V1 +\\| +0 \\| +0 \\| +– \\|");
    assertThat(JSON.readTree(folder.resolve("out/run.json").toFile()).at("/suites/0/contamination").asText())
        .startsWith("corpus " + corpus.toAbsolutePath().normalize() + ", 4 images indexed · near-duplicate");
  }

  @Test
  void theSemanticAndImageTextChecksAskTheirEndpointsAndTheSecondRunReadsTheIndex() throws IOException {
    Map<String, float[]> vectors = corpusVectors();
    vectors.put(sha(DATASET.resolve("building.jpg")), new float[] {0, 0, 0.6f, 0.8f, 0});
    List<String> embedded = new CopyOnWriteArrayList<>();
    embeddings.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String sha = sha(image(request.getBody().utf8()));
        embedded.add(sha);
        return embedding(vectors.getOrDefault(sha, unit(4)));
      }
    });
    List<String> prompts = new CopyOnWriteArrayList<>();
    judge.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String body = request.getBody().utf8();
        prompts.add(body);
        return chat(body.contains("leaked into a model's training data") ? "Yes. The ball is plainly yellow." : "Yes.");
      }
    });
    Map<String, String> configuration = Map.of(
        "vlb.contamination.embedding.url", embeddings.url("/v1").toString(),
        "vlb.contamination.embedding.name", "clip-test",
        "vlb.contamination.image-text", "true",
        "vlb.judge.url", judge.url("/v1").toString(),
        "vlb.judge.name", "judge-model",
        "vlb.cache.enabled", "false");

    Map<String, JsonNode> results = run(configuration).journal;

    JsonNode ball = results.get("ball vanilla").path("contamination");
    assertThat(ball.path("semantic").path("corpusId").asText()).isEqualTo("web/messi5.jpg");
    assertThat(ball.path("semantic").path("cosine").asDouble()).isEqualTo(1.0);
    assertThat(ball.path("semantic").path("flagged").asBoolean()).isTrue();
    assertThat(ball.path("imageText").path("corpusId").asText()).isEqualTo("web/messi5.jpg");
    assertThat(ball.path("imageText").path("outcome").asText()).isEqualTo("CONTAMINATED");
    assertThat(ball.path("imageText").path("reason").asText()).isEqualTo("The ball is plainly yellow.");
    JsonNode house = results.get("house vanilla").path("contamination");
    assertThat(house.path("semantic").path("corpusId").asText()).isEqualTo("web/building-small.jpg");
    assertThat(house.path("semantic").path("cosine").asDouble()).isEqualTo(0.8);
    assertThat(house.path("semantic").path("flagged").asBoolean()).isFalse();
    assertThat(house.path("flagged").asBoolean()).isTrue(); // by its near-duplicate
    assertThat(results.get("fish vanilla").path("contamination").has("imageText")).isFalse();
    assertThat(results.get("ball V3").path("contamination").path("semantic").path("flagged").asBoolean()).isFalse();
    // four corpus images, then every distinct image shown once: three originals, three outpaintings
    assertThat(embedded).hasSize(4 + 6);
    // the flagged originals with their own and their reworded questions: ball and house, vanilla and L1
    List<String> imageText = prompts.stream().filter(prompt -> prompt.contains("leaked into a model's training data")).toList();
    assertThat(imageText).hasSize(4);
    assertThat(imageText).anySatisfy(prompt -> assertThat(prompt).contains("What colour is the ball on the grass?"));

    embedded.clear();
    run(configuration);

    assertThat(embedded).hasSize(6);
    assertThat(Files.list(folder.resolve("out/contamination")).map(file -> file.getFileName().toString()).sorted())
        .hasSize(2).first().asString().startsWith("embeddings-clip-test-");
  }

  @Test
  void anImageTheEmbeddingEndpointCannotEmbedIsAnErrorNotAClean() throws IOException {
    String fish = sha(DATASET.resolve("HappyFish.jpg"));
    embeddings.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return sha(image(request.getBody().utf8())).equals(fish)
            ? new MockResponse.Builder().code(400).body("cannot identify image file").build()
            : embedding(unit(4));
      }
    });

    Run run = run(Map.of("vlb.contamination.embedding.url", embeddings.url("/v1").toString(),
        "vlb.contamination.embedding.name", "clip-test"));

    JsonNode fishVanilla = run.journal.get("fish vanilla");
    assertThat(fishVanilla.path("outcome").asText()).isIn("PASSED", "FAILED");
    assertThat(fishVanilla.path("contamination").has("flagged")).isFalse();
    assertThat(fishVanilla.path("contamination").path("error").asText())
        .startsWith("EmbeddingCallException: ").contains("400");
    assertThat(run.journal.get("fish L1").path("contamination").path("error").asText()).contains("400");
    String summary = Files.readString(folder.resolve("out/summary.md"));
    assertThat(summary).containsPattern("\\| vanilla +\\| +2 \\| +2 \\| +100\\.0% \\| +1 \\|");
  }

  /** A killed run's journal holds the check's findings: the next run takes them as they are. */
  @Test
  void aResumedVariantKeepsWhatTheCheckFoundAndIsCountedAgain() throws IOException {
    Map<String, float[]> vectors = corpusVectors();
    embeddings.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return embedding(vectors.getOrDefault(sha(image(request.getBody().utf8())), unit(4)));
      }
    });
    Map<String, String> semantic = Map.of("vlb.contamination.embedding.url", embeddings.url("/v1").toString(),
        "vlb.contamination.embedding.name", "clip-test", "vlb.cache.enabled", "false");
    Map<String, JsonNode> first = run(semantic).journal;
    Files.writeString(folder.resolve("out/results.jsonl.running"), "");
    embeddings.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse.Builder().code(400).body("cannot identify image file").build();
      }
    });

    Map<String, JsonNode> resumed = run(semantic).journal;

    assertThat(resumed.get("ball vanilla").path("contamination")).isEqualTo(first.get("ball vanilla").path("contamination"));
    assertThat(resumed.get("ball vanilla").path("contamination").path("semantic").path("cosine").asDouble()).isEqualTo(1.0);
    assertThat(resumed.get("fish V3").path("contamination")).isEqualTo(first.get("fish V3").path("contamination"));
    String summary = Files.readString(folder.resolve("out/summary.md"));
    assertThat(summary).contains("18 variant(s) resumed");
    assertThat(summary).containsPattern("\\| vanilla +\\| +3 \\| +2 \\| +66\\.7% \\| +0 \\|");
  }

  @Test
  void aCorpusThatIsNotThereFailsTheSuiteNamingTheKeyAndThePath() {
    Path missing = folder.resolve("no-such-corpus");

    EngineExecutionResults results = EngineTestKit.engine(VlbTestEngine.ENGINE_ID)
        .configurationParameter("vlb.output.dir", folder.resolve("out").toString())
        .configurationParameter("vlb.summary.console", "false")
        .configurationParameter("vlb.contamination.corpus", missing.toString())
        .selectors(selectClass(ContaminationFixtureTests.class))
        .execute();

    results.containerEvents().assertThatEvents().haveExactly(1, event(container(uniqueIdSubstring("suite:")),
        finishedWithFailure(message("Cannot index the contamination corpus " + missing + " (vlb.contamination.corpus) into "
            + folder.resolve("out/contamination") + ": " + missing.toAbsolutePath() + ": no such folder or manifest"))));
    results.testEvents().assertStatistics(stats -> stats.started(0));
  }

  private record Run(Map<String, JsonNode> journal, EngineExecutionResults results) {}

  private Run run(Map<String, String> configuration) throws IOException {
    Path output = folder.resolve("out");
    EngineExecutionResults executed = EngineTestKit.engine(VlbTestEngine.ENGINE_ID)
        .configurationParameter("vlb.output.dir", output.toString())
        .configurationParameter("vlb.summary.console", "false")
        .configurationParameter("vlb.variants", "off")
        .configurationParameter("vlb.contamination.corpus", corpus.toString())
        .configurationParameters(configuration)
        .selectors(selectClass(ContaminationFixtureTests.class))
        .execute();
    Map<String, JsonNode> byVariant = new LinkedHashMap<>();
    for (String line : Files.readAllLines(output.resolve("results.jsonl"))) {
      JsonNode result = JSON.readTree(line);
      byVariant.put(result.path("item").asText() + " " + result.path("variant").asText(), result);
    }
    assertThat(byVariant).hasSize(3 * 6);
    return new Run(byVariant, executed);
  }

  /** Each corpus image's embedding: orthogonal to the others, and to any image not in the corpus. */
  private Map<String, float[]> corpusVectors() {
    Map<String, float[]> vectors = new HashMap<>();
    vectors.put(sha(corpus.resolve("web/messi5.jpg")), unit(0));
    vectors.put(sha(corpus.resolve("fruits.jpg")), unit(1));
    vectors.put(sha(corpus.resolve("baboon.jpg")), unit(2));
    vectors.put(sha(corpus.resolve("web/building-small.jpg")), unit(3));
    return vectors;
  }

  private static String item(String id, String image, String question, String answer) {
    return "{\"id\": \"" + id + "\", \"image\": \"" + image + "\", \"question\": \"" + question
        + "\", \"type\": \"short_answer\", \"answer\": \"" + answer + "\"}";
  }

  private static void write(Path file, Image image) throws IOException {
    Files.write(file, image.bytes());
  }

  private static String sha(Path file) {
    try {
      return Digests.sha256(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha(byte[] bytes) {
    return Digests.sha256(bytes);
  }

  /** The image of an embedding request, as the chat-style body carries it. */
  private static byte[] image(String body) {
    try {
      String url = JSON.readTree(body).at("/messages/0/content/0/image_url/url").asText();
      return Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static float[] unit(int hot) {
    float[] vector = new float[5];
    vector[hot] = 1;
    return vector;
  }

  private static MockResponse embedding(float[] vector) {
    return json("{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":"
        + Arrays.toString(vector) + "}],\"model\":\"clip-test\"}");
  }

  private static MockResponse chat(String content) {
    ObjectNode body = JSON.createObjectNode();
    body.putArray("choices").addObject().putObject("message").put("role", "assistant").put("content", content);
    return json(body.toString());
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder().setHeader("Content-Type", "application/json")
        .body(body).build();
  }
}
