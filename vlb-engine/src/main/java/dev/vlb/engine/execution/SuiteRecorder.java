package dev.vlb.engine.execution;

import dev.vlb.api.Strategy;
import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.bootstrap.GenerationCounts;
import dev.vlb.engine.report.SummaryTable;
import dev.vlb.engine.result.ContaminationSummary;
import dev.vlb.engine.result.GateRules;
import dev.vlb.engine.result.GateVerdict;
import dev.vlb.engine.result.ItemError;
import dev.vlb.engine.result.ResultsJournal;
import dev.vlb.engine.result.SuiteLabels;
import dev.vlb.engine.result.SuiteSummary;
import dev.vlb.engine.result.VariantResult;
import dev.vlb.reports.results.Outcome;
import dev.vlb.reports.results.ResultRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Records a suite's results as they are reported: each goes to the run's journal and into the suite's
 * summary, which the gate then judges. Used from the engine's reporting thread only.
 */
final class SuiteRecorder {

  private final SuiteLabels labels;
  private final Supplier<ResultsJournal> journal;
  private final SuiteSummary summary;
  private final Optional<GateRules> gate;
  /** What the gate counts of each result, kept only for a suite with {@code @Gate}. */
  private final List<ResultRecord> counted = new ArrayList<>();

  /**
   * @param journal the run's journal, asked for when the first result is recorded
   */
  SuiteRecorder(SuiteLabels labels, List<Chain> chains, Optional<GateRules> gate, Supplier<ResultsJournal> journal) {
    this(labels, chains, gate, journal, Optional.empty());
  }

  /** @param contamination what the contamination check's findings are summed in; empty when none runs */
  SuiteRecorder(SuiteLabels labels, List<Chain> chains, Optional<GateRules> gate, Supplier<ResultsJournal> journal,
      Optional<ContaminationSummary> contamination) {
    this.labels = labels;
    this.journal = journal;
    this.summary = new SuiteSummary(labels, chains, contamination);
    this.gate = gate;
  }

  void record(VariantResult result) {
    journal.get().append(labels, result);
    summary.add(result);
    if (gate.isPresent()) {
      Chain chain = result.chain();
      counted.add(ResultRecord.counted(labels.suite(), labels.dataset(), result.item().id(), chain.id(),
          chain.strategies().stream().map(Strategy::code).toList(), chain.level(),
          Outcome.valueOf(result.outcome().name()), labels.model()));
    }
  }

  void record(ItemError error) {
    journal.get().append(labels, error);
    summary.add(error);
    if (gate.isPresent()) {
      counted.add(ResultRecord.counted(labels.suite(), labels.dataset(), error.itemId(), null, List.of(), 0,
          Outcome.ERROR, labels.model()));
    }
  }

  /** The verdict of {@code @Gate} on the results so far; empty when the suite has no gate. */
  Optional<GateVerdict> gateVerdict() {
    return gate.map(rules -> rules.verdict(counted));
  }

  /** Ends the suite: its summary table, with how long it took and what generating its variants took. */
  String finish(Duration elapsed, GenerationCounts generation) {
    summary.finish(elapsed, generation.snapshot(), generation.reused(), generation.resumed());
    return SummaryTable.render(summary, gateVerdict());
  }

  SuiteLabels labels() {
    return labels;
  }

  SuiteSummary summary() {
    return summary;
  }
}
