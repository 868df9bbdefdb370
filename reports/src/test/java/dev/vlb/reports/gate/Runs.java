package dev.vlb.reports.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vlb.api.Strategy;
import dev.vlb.reports.results.Results;
import dev.vlb.reports.results.ResultsReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a small results journal as the engine does, one line per variant, and reads it back. */
final class Runs {

  static final String SUITE = "demo.GatedTests";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> lines = new ArrayList<>();

  static Runs of() {
    return new Runs();
  }

  /**
   * One variant per item {@code it-1..it-n} of {@code chain}: the first {@code passed} pass, the rest are
   * answered wrongly.
   */
  Runs chain(String chain, int items, int passed) {
    for (int i = 1; i <= items; i++) {
      add("it-" + i, chain, i <= passed ? "PASSED" : "FAILED");
    }
    return this;
  }

  Runs add(String item, String chain, String outcome) {
    List<String> strategies = chain == null || chain.equals("vanilla") ? List.of() : Arrays.asList(chain.split("\\+"));
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("suite", SUITE);
    line.put("item", item);
    line.put("variant", chain);
    line.put("strategies", strategies);
    line.put("level", strategies.stream().mapToInt(code -> Strategy.ofCode(code).direction().weight()).sum());
    line.put("outcome", outcome);
    line.put("model", "demo-model");
    try {
      lines.add(JSON.writeValueAsString(line));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  Results writeTo(Path directory) {
    try {
      Files.createDirectories(directory);
      Path file = directory.resolve(ResultsReader.FILE_NAME);
      Files.write(file, lines);
      return ResultsReader.read(List.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
