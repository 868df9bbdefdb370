package dev.vlb.reports.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vlb.reports.markdown.MarkdownSummary;
import dev.vlb.reports.results.ResultsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficialMetricTests {

  @TempDir
  Path dir;

  @Test
  void mmVetScoresAreMeanGradesTimesHundredAndEveryListedCapabilityCountsItsItems() throws IOException {
    String summary = summary("mmvet",
        line("mmvet", "m1", "vanilla", "PASSED", "ocr,math", "{\"score\": 1.0}"),
        line("mmvet", "m1", "V1", "FAILED", "ocr,math", "{\"score\": 0.4}"),
        line("mmvet", "m2", "vanilla", "PASSED", "ocr", "{\"score\": 0.5}"),
        line("mmvet", "m2", "V1", "FAILED", "ocr", "{\"score\": 0.0}"),
        line("mmvet", "m3", "vanilla", "FAILED", "rec", "{\"score\": 0.0}"),
        line("mmvet", "m3", "V1", "NOT_GENERATED", "rec", null));

    assertThat(summary).contains("""
        MM-Vet score (the benchmark's own metric, 0-100)

        | | total | math | ocr | rec |
        | :-- | --: | --: | --: | --: |
        | vanilla | 50.0 | 100.0 | 75.0 | 0.0 |
        | V1 add object | 20.0 | 40.0 | 20.0 | – |
        | level 0 | 50.0 | 100.0 | 75.0 | 0.0 |
        | level +1 | 20.0 | 40.0 | 20.0 | – |
        """);
  }

  @Test
  void llavaBenchScoresAreTheModelsRatingsOverTheReferencesPerCategory() throws IOException {
    String summary = summary("llava-bench",
        line("llava-bench", "l1", "vanilla", "PASSED", "conv", "{\"reference\": 8, \"answer\": 6}"),
        line("llava-bench", "l1", "V1", "FAILED", "conv", "{\"reference\": 8, \"answer\": 4}"),
        line("llava-bench", "l2", "vanilla", "PASSED", "detail", "{\"reference\": 10, \"answer\": 9}"),
        line("llava-bench", "l2", "V1", "PASSED", "detail", "{\"reference\": 10, \"answer\": 10}"));

    assertThat(summary).contains("""
        | | overall | conv | detail |
        | :-- | --: | --: | --: |
        | vanilla | 83.3 | 75.0 | 90.0 |
        | V1 add object | 77.8 | 50.0 | 100.0 |
        """);
  }

  @Test
  void otherDatasetsHaveNoOfficialMetricBesideThePassRate() throws IOException {
    String summary = summary("mmbench", line("mmbench", "b1", "vanilla", "PASSED", "", null));

    assertThat(summary).doesNotContain("the benchmark's own metric");
  }

  private String summary(String name, String... lines) throws IOException {
    Path file = Files.writeString(dir.resolve(name + ".jsonl"), String.join("\n", lines) + "\n");
    return MarkdownSummary.render(RunReport.of(ResultsReader.read(List.of(file))));
  }

  private static String line(String dataset, String item, String chain, String outcome, String category, String grades) {
    String strategies = chain.equals("vanilla") ? "[]" : "[\"" + chain + "\"]";
    int level = chain.equals("vanilla") ? 0 : 1;
    String attributes = category.isEmpty() || !dataset.equals("mmvet") ? "{}" : "{\"capability\": \"" + category + "\"}";
    double score = grades == null ? 0 : 0.5;
    return "{\"suite\": \"demo.OfficialTests\", \"dataset\": \"" + dataset + "\", \"item\": \"" + item
        + "\", \"category\": \"" + category + "\", \"attributes\": " + attributes + ", \"variant\": \"" + chain
        + "\", \"strategies\": " + strategies + ", \"level\": " + level + ", \"outcome\": \"" + outcome
        + "\", \"score\": " + score + (grades == null ? "" : ", \"grades\": " + grades) + "}";
  }
}
