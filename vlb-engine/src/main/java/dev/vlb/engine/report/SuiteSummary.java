package dev.vlb.engine.report;

import dev.vlb.api.Strategy;
import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.execution.Outcome;
import dev.vlb.engine.execution.VariantResult;
import dev.vlb.engine.scoring.MmeMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pass rates of one suite per strategy (every variant using it), per composition (chain) and per
 * level, accumulated as results are reported. Only touched from the engine's reporting thread.
 */
public final class SuiteSummary {

  private final String suite;
  private final String dataset;
  private final String model;
  private Tally overall = Tally.EMPTY;
  private int itemErrors;
  private final Map<String, Tally> byStrategy = new TreeMap<>();
  private final Map<String, Tally> byChain = new LinkedHashMap<>();
  private final Map<Integer, Tally> byLevel = new TreeMap<>();
  private final Map<String, Tally> byCategory = new TreeMap<>();
  private final Map<String, Tally> vanillaByCategory = new TreeMap<>();
  private final Map<String, List<MmeMetrics.QuestionResult>> mmeByChain = new LinkedHashMap<>();
  private Usage usage = Usage.NONE;
  private Duration wallTime = Duration.ZERO;

  /**
   * What the model answered in this suite; tokens only count replies whose server reported them.
   *
   * @param withTokens answered variants whose token usage is known
   */
  public record Usage(long asked, long cached, long withTokens, long promptTokens, long completionTokens, long latencyMs) {
    static final Usage NONE = new Usage(0, 0, 0, 0, 0, 0);

    Usage plus(VariantResult result) {
      boolean known = result.promptTokens() >= 0 && result.completionTokens() >= 0;
      return new Usage(
          asked + result.asked(),
          cached + (result.cached() ? result.asked() : 0),
          withTokens + (known ? 1 : 0),
          promptTokens + (known ? result.promptTokens() : 0),
          completionTokens + (known ? result.completionTokens() : 0),
          latencyMs + result.latencyMs());
    }
  }

  public SuiteSummary(String suite, String dataset, String model, List<Chain> chains) {
    this.suite = suite;
    this.dataset = dataset;
    this.model = model;
    for (Chain chain : chains) {
      byChain.put(chain.id(), Tally.EMPTY);
      byLevel.put(chain.level(), Tally.EMPTY);
      chain.strategies().forEach(strategy -> byStrategy.put(label(strategy), Tally.EMPTY));
    }
  }

  public void add(VariantResult result) {
    if (result.variant() == null) {
      itemErrors++;
      return;
    }
    overall = overall.plus(result.outcome());
    usage = usage.plus(result);
    addMme(result);
    byChain.merge(result.variant(), Tally.EMPTY.plus(result.outcome()), Tally::plus);
    byLevel.merge(result.level(), Tally.EMPTY.plus(result.outcome()), Tally::plus);
    if (!result.category().isEmpty()) {
      byCategory.merge(result.category(), Tally.EMPTY.plus(result.outcome()), Tally::plus);
      if (result.strategies().isEmpty()) {
        vanillaByCategory.merge(result.category(), Tally.EMPTY.plus(result.outcome()), Tally::plus);
      }
    }
    for (String code : result.strategies()) {
      byStrategy.merge(label(Strategy.ofCode(code)), Tally.EMPTY.plus(result.outcome()), Tally::plus);
    }
  }

  /** MME items carry subtask, group and image pair: their answered variants count toward MME scores. */
  private void addMme(VariantResult result) {
    Map<String, String> attributes = result.attributes();
    boolean answered = result.outcome() == Outcome.PASSED || result.outcome() == Outcome.FAILED;
    if (answered && attributes.containsKey("pair") && attributes.containsKey("subtask") && attributes.containsKey("mme.group")) {
      mmeByChain.computeIfAbsent(result.variant(), chain -> new ArrayList<>())
          .add(MmeMetrics.QuestionResult.of(attributes, result.outcome() == Outcome.PASSED));
    }
  }

  /** Records how long the suite took, from start to its last result. */
  public void finish(Duration elapsed) {
    wallTime = elapsed;
  }

  public Usage usage() {
    return usage;
  }

  public Duration wallTime() {
    return wallTime;
  }

  /** MME scores (perception, cognition, total) per composition; empty unless the dataset is MME. */
  public Map<String, MmeMetrics> mmeByChain() {
    Map<String, MmeMetrics> metrics = new LinkedHashMap<>();
    mmeByChain.forEach((chain, answers) -> metrics.put(chain, MmeMetrics.of(answers)));
    return metrics;
  }

  public String suite() {
    return suite;
  }

  public String dataset() {
    return dataset;
  }

  public String model() {
    return model;
  }

  public Tally overall() {
    return overall;
  }

  /** Items that could not be evaluated at all (unreadable row or image); not counted in {@link #overall}. */
  public int itemErrors() {
    return itemErrors;
  }

  public Tally vanilla() {
    return byChain.getOrDefault(Chain.VANILLA_ID, Tally.EMPTY);
  }

  /** Keyed by e.g. {@code V1 add object}, in paper order. */
  public Map<String, Tally> byStrategy() {
    return Map.copyOf(byStrategy);
  }

  public Map<String, Tally> byChain() {
    return new LinkedHashMap<>(byChain);
  }

  /** Keyed by level as text, e.g. {@code -1}, {@code 0}, {@code +2}, in numeric order. */
  public Map<String, Tally> byLevel() {
    Map<String, Tally> levels = new LinkedHashMap<>();
    byLevel.entrySet().stream()
        .sorted(Comparator.comparingInt(Map.Entry::getKey))
        .forEach(entry -> levels.put(levelName(entry.getKey()), entry.getValue()));
    return levels;
  }

  /** Every variant of the items of each dataset category (MMBench category, MM-Vet capability...). */
  public Map<String, Tally> byCategory() {
    return new TreeMap<>(byCategory);
  }

  /** The vanilla variants of each category: the baseline of its row. */
  public Tally vanilla(String category) {
    return vanillaByCategory.getOrDefault(category, Tally.EMPTY);
  }

  /** Rows in display order: strategies sorted by code. */
  Map<String, Tally> strategyRows() {
    return new TreeMap<>(byStrategy);
  }

  public static String levelName(int level) {
    return level > 0 ? "+" + level : Integer.toString(level);
  }

  private static String label(Strategy strategy) {
    return strategy.code() + " " + strategy.label();
  }
}
