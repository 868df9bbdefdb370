package dev.vlb.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads what Allure's listener wrote while Surefire ran the sample suites: one result per variant test,
 * grouped by dataset, chain and level, each showing the image it was asked about.
 */
class AllureReportTests {

  private static final Path TARGET = Path.of("target");
  private static final Path RESULTS = TARGET.resolve("allure-results");

  private static List<JsonNode> variants;

  @BeforeAll
  static void readVariantResults() throws IOException {
    ObjectMapper json = new ObjectMapper();
    variants = new ArrayList<>();
    try (Stream<Path> files = Files.list(RESULTS)) {
      for (Path file : files.filter(path -> path.toString().endsWith("-result.json")).toList()) {
        JsonNode result = json.readTree(file.toFile());
        if (!label(result, "epic").isEmpty()) {
          variants.add(result);
        }
      }
    }
  }

  @Test
  void everyVariantTestHasOneResult() throws IOException {
    long journaled;
    try (Stream<String> lines = Files.lines(TARGET.resolve("vlb/results.jsonl"))) {
      journaled = lines.filter(line -> line.contains("\"variant\":\"")).count();
    }

    assertThat(variants).hasSize((int) journaled);
    assertThat(variants.stream().map(result -> result.get("historyId").asText()).distinct()).hasSize((int) journaled);
  }

  @Test
  void everyVariantIsGroupedByDatasetChainAndLevel() {
    assertThat(variants).allSatisfy(result -> {
      assertThat(label(result, "epic")).isEqualTo("synthetic");
      assertThat(label(result, "feature")).matches("vanilla|[VL][1-4] .+");
      assertThat(label(result, "story")).matches("level -?\\d");
    });
    assertThat(variants).anySatisfy(result ->
        assertThat(label(result, "feature")).isEqualTo("V1 add object + L4 irrelevant context"));
  }

  @Test
  void everyVariantShowsAnImageWrittenBesideIt() {
    assertThat(variants).allSatisfy(result -> assertThat(result.get("attachments").findValuesAsText("source"))
        .filteredOn(source -> source.endsWith(".png") || source.endsWith(".jpg"))
        .isNotEmpty()
        .allSatisfy(source -> assertThat(RESULTS.resolve(source)).isRegularFile()));
  }

  private static String label(JsonNode result, String name) {
    for (JsonNode label : result.path("labels")) {
      if (label.path("name").asText().equals(name)) {
        return label.path("value").asText();
      }
    }
    return "";
  }
}
