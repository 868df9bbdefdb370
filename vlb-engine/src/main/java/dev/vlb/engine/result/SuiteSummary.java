package dev.vlb.engine.result;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.Strategy;
import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.scoring.MmeMetrics;
import java.time.Duration;
import dev.vlb.engine.bootstrap.GenerationCounts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Pass rates of one suite per strategy (every variant using it), per chain and per
 * level, accumulated as results are reported. Only touched from the engine's reporting thread.
 */
@API(status = INTERNAL, since = "0.1")
public final class SuiteSummary {

  private final SuiteLabels labels;
  private Tally overall = Tally.EMPTY;
  private int itemErrors;
  private int unjudged;
  private final Map<String, Tally> byStrategy = new TreeMap<>();
  private final Map<String, Tally> alone = new TreeMap<>();
  private final Map<String, Tally> byChain = new LinkedHashMap<>();
  private final Map<Integer, Tally> byLevel = new TreeMap<>();
  private final Map<String, Tally> byCategory = new TreeMap<>();
  private final Map<String, Tally> vanillaByCategory = new TreeMap<>();
  private final Map<String, List<MmeMetrics.QuestionResult>> mmeByChain = new LinkedHashMap<>();
  private Usage usage = Usage.NONE;
  private Duration wallTime = Duration.ZERO;
  private Map<Strategy, GenerationCounts.Counts> generation = Map.of();
  private int reused;
  private int resumed;
  private final Optional<ContaminationSummary> contamination;

  /**
   * What the model answered in this suite; tokens only count replies whose server reported them.
   *
   * @param withTokens answered variants whose token usage is known
   */
  @API(status = INTERNAL, since = "0.1")
  public record Usage(long asked, long cached, long withTokens, long promptTokens, long completionTokens, long latencyMs) {
    static final Usage NONE = new Usage(0, 0, 0, 0, 0, 0);

    Usage plus(Cost cost) {
      boolean known = cost.tokensKnown();
      return new Usage(
          asked + cost.asked(),
          cached + (cost.cached() ? cost.asked() : 0),
          withTokens + (known ? 1 : 0),
          promptTokens + (known ? cost.promptTokens() : 0),
          completionTokens + (known ? cost.completionTokens() : 0),
          latencyMs + cost.latencyMs());
    }
  }

  /** An empty summary with a row for every chain, level and strategy the suite composes. */
  public SuiteSummary(SuiteLabels labels, List<Chain> chains) {
    this(labels, chains, Optional.empty());
  }

  /** @param contamination where the contamination check's findings are summed; empty when none runs */
  public SuiteSummary(SuiteLabels labels, List<Chain> chains, Optional<ContaminationSummary> contamination) {
    this.labels = labels;
    this.contamination = contamination;
    for (Chain chain : chains) {
      byChain.put(chain.id(), Tally.EMPTY);
      byLevel.put(chain.level(), Tally.EMPTY);
      chain.strategies().forEach(strategy -> byStrategy.put(label(strategy), Tally.EMPTY));
      if (chain.strategies().size() == 1) {
        alone.put(label(chain.last()), Tally.EMPTY);
      }
    }
  }

  public void add(VariantResult result) {
    Tally one = Tally.EMPTY.plus(result.outcome());
    Chain chain = result.chain();
    overall = overall.plus(one);
    unjudged += result.outcome().isAnswered() && !result.provenance().judged() ? 1 : 0;
    usage = usage.plus(result.cost());
    addMme(result);
    contamination.ifPresent(summary -> summary.add(result));
    byChain.merge(chain.id(), one, Tally::plus);
    byLevel.merge(chain.level(), one, Tally::plus);
    String category = result.item().category();
    if (!category.isEmpty()) {
      byCategory.merge(category, one, Tally::plus);
      if (chain.isVanilla()) {
        vanillaByCategory.merge(category, one, Tally::plus);
      }
    }
    chain.strategies().forEach(strategy -> byStrategy.merge(label(strategy), one, Tally::plus));
    if (chain.strategies().size() == 1) {
      alone.merge(label(chain.last()), one, Tally::plus);
    }
  }

  /** An item that could not be evaluated at all: counted apart from {@link #overall}. */
  public void add(ItemError error) {
    itemErrors++;
  }

  /** MME items carry subtask, group and image pair: their answered variants count toward MME scores. */
  private void addMme(VariantResult result) {
    Map<String, String> attributes = result.item().attributes();
    if (result.outcome().isAnswered() && MmeMetrics.QuestionResult.describes(attributes)) {
      mmeByChain.computeIfAbsent(result.chain().id(), chain -> new ArrayList<>())
          .add(MmeMetrics.QuestionResult.of(attributes, result.outcome() == Outcome.PASSED));
    }
  }

  /**
   * Records how long the suite took, from start to its last result, and what generating its variants
   * took per strategy.
   */
  public void finish(Duration elapsed, Map<Strategy, GenerationCounts.Counts> generated, int reusedVariants,
      int resumedVariants) {
    wallTime = elapsed;
    reused = reusedVariants;
    resumed = resumedVariants;
    generation = new TreeMap<>(Chain.PAPER_ORDER);
    generation.putAll(generated);
  }

  /** Variants taken from a killed run's journal, neither generated nor asked again. */
  public int resumed() {
    return resumed;
  }

  /** Variants taken from the variant store rather than generated. */
  public int reused() {
    return reused;
  }

  /** Generation attempts per strategy, in code order; empty until the suite finished or when nothing was built. */
  public Map<Strategy, GenerationCounts.Counts> generation() {
    return Collections.unmodifiableMap(generation);
  }

  public Usage usage() {
    return usage;
  }

  public Duration wallTime() {
    return wallTime;
  }

  /** MME scores (perception, cognition, total) per chain; empty unless the dataset is MME. */
  public Map<String, MmeMetrics> mmeByChain() {
    Map<String, MmeMetrics> metrics = new LinkedHashMap<>();
    mmeByChain.forEach((chain, answers) -> metrics.put(chain, MmeMetrics.of(answers)));
    return metrics;
  }

  public SuiteLabels labels() {
    return labels;
  }

  /** What the contamination check found, per chain; empty when no corpus is configured. */
  public Optional<ContaminationSummary> contamination() {
    return contamination;
  }

  public Tally overall() {
    return overall;
  }

  /** Items that could not be evaluated at all (unreadable row or image); not counted in {@link #overall}. */
  public int itemErrors() {
    return itemErrors;
  }

  /** Answered variants that some bootstrapping step reached without a judge checking it. */
  public int unjudged() {
    return unjudged;
  }

  public Tally vanilla() {
    return byChain.getOrDefault(Chain.VANILLA_ID, Tally.EMPTY);
  }

  /** Keyed by e.g. {@code V1 add object}, sorted by code. */
  /**
   * Each strategy applied alone (its chain of one strategy): the strategy's own effect against vanilla,
   * the primary view.
   */
  public Map<String, Tally> alone() {
    return new TreeMap<>(alone);
  }

  /**
   * Every variant whose chain contains the strategy, alone or composed: a secondary view, since it
   * mixes the strategy's effect with its partners'.
   */
  public Map<String, Tally> pooled() {
    return new TreeMap<>(byStrategy);
  }

  public Map<String, Tally> byChain() {
    return new LinkedHashMap<>(byChain);
  }

  /** Keyed by level as text, e.g. {@code -1}, {@code 0}, {@code +2}, in numeric order. */
  public Map<String, Tally> byLevel() {
    Map<String, Tally> levels = new LinkedHashMap<>();
    byLevel.forEach((level, tally) -> levels.put(levelName(level), tally));
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

  public static String levelName(int level) {
    return level > 0 ? "+" + level : Integer.toString(level);
  }

  private static String label(Strategy strategy) {
    return strategy.code() + " " + strategy.label();
  }
}
