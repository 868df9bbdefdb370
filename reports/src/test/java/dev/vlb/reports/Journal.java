package dev.vlb.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vlb.api.Strategy;
import dev.vlb.reports.results.Outcome;
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

/**
 * Builds small results journals line by line, as the engine writes them: strategies and level follow
 * from the chain id ("V1+L4": [V1, L4], level +2), the question names item and chain.
 */
public final class Journal {

  public static final String SUITE = "demo.CompareTests";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> lines = new ArrayList<>();
  private final String model;

  private Journal(String model) {
    this.model = model;
  }

  public static Journal of(String model) {
    return new Journal(model);
  }

  /**
   * The run the comparison tests start from: items it-001..it-100 on chains vanilla, V1 and L4. Vanilla
   * fails every tenth item, V1 passes all 100, L4 fails the items 91..100.
   */
  public static Journal hundredItems(String model) {
    Journal journal = of(model);
    for (int i = 1; i <= 100; i++) {
      String item = item(i);
      journal.add(item, "vanilla", i % 10 == 0 ? Outcome.FAILED : Outcome.PASSED);
      journal.add(item, "V1", Outcome.PASSED);
      journal.add(item, "L4", i > 90 ? Outcome.FAILED : Outcome.PASSED);
    }
    return journal;
  }

  public static String item(int number) {
    return String.format("it-%03d", number);
  }

  public Journal add(String item, String chain, Outcome outcome) {
    return add(item, chain, outcome, null);
  }

  /** A result with the variant store's key, or none when {@code variantKey} is null. */
  public Journal add(String item, String chain, Outcome outcome, String variantKey) {
    return add(item, chain, outcome, variantKey, null);
  }

  /** A result naming the variant store's key and the image shown; either is left out when null. */
  public Journal add(String item, String chain, Outcome outcome, String variantKey, String imageSha256) {
    return add(item, chain, outcome, variantKey, imageSha256, null);
  }

  /**
   * A result naming the image shown and what the contamination check found for it: the field's JSON, as the
   * engine writes it; left out when null.
   */
  public Journal checked(String item, String chain, Outcome outcome, String imageSha256, String contamination) {
    return add(item, chain, outcome, null, imageSha256, contamination);
  }

  /** A line of an item that could not be evaluated: no variant. */
  public Journal unevaluated(String item, String reason) {
    return write(Map.of("suite", SUITE, "item", item, "outcome", Outcome.ERROR.name(), "reason", reason,
        "model", model));
  }

  private Journal add(String item, String chain, Outcome outcome, String variantKey, String imageSha256,
      String contamination) {
    List<String> strategies = "vanilla".equals(chain) ? List.of() : Arrays.asList(chain.split("\\+"));
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("suite", SUITE);
    line.put("dataset", "demo");
    line.put("item", item);
    line.put("variant", chain);
    line.put("strategies", strategies);
    line.put("level", strategies.stream().mapToInt(code -> Strategy.ofCode(code).direction().weight()).sum());
    line.put("outcome", outcome.name());
    line.put("question", "Q " + item + " " + chain + "?");
    line.put("model", model);
    if (variantKey != null) {
      line.put("variantKey", variantKey);
    }
    if (imageSha256 != null) {
      line.put("imageSha256", imageSha256);
    }
    if (contamination != null) {
      line.put("contamination", json(contamination));
    }
    return write(line);
  }

  private Journal write(Map<String, Object> line) {
    try {
      lines.add(JSON.writeValueAsString(line));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Sets the outcome of the given chain's variant of items {@code first..last}. */
  public Journal set(String chain, int first, int last, Outcome outcome) {
    for (int i = first; i <= last; i++) {
      String prefix = "{\"suite\":\"" + SUITE + "\",\"dataset\":\"demo\",\"item\":\"" + item(i) + "\",\"variant\":\""
          + chain + "\",";
      for (int at = 0; at < lines.size(); at++) {
        if (lines.get(at).startsWith(prefix)) {
          lines.set(at, lines.get(at).replaceFirst("\"outcome\":\"[A-Z_]+\"", "\"outcome\":\"" + outcome + "\""));
        }
      }
    }
    return this;
  }

  public List<String> lines() {
    return List.copyOf(lines);
  }

  /** Writes the journal as {@code dir/results.jsonl}; returns the file. */
  public Path writeTo(Path dir) {
    return write(dir, lines);
  }

  public static Path write(Path dir, List<String> lines) {
    try {
      Files.createDirectories(dir);
      return Files.write(dir.resolve(ResultsReader.FILE_NAME), lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
