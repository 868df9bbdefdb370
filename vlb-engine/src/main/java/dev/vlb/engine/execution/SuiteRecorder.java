package dev.vlb.engine.execution;

import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.bootstrap.GenerationCounts;
import dev.vlb.engine.report.SummaryTable;
import dev.vlb.engine.result.GateRules;
import dev.vlb.engine.result.GateVerdict;
import dev.vlb.engine.result.ItemError;
import dev.vlb.engine.result.ResultsJournal;
import dev.vlb.engine.result.SuiteLabels;
import dev.vlb.engine.result.SuiteSummary;
import dev.vlb.engine.result.VariantResult;
import java.time.Duration;
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

  /**
   * @param journal the run's journal, asked for when the first result is recorded
   */
  SuiteRecorder(SuiteLabels labels, List<Chain> chains, Optional<GateRules> gate, Supplier<ResultsJournal> journal) {
    this.labels = labels;
    this.journal = journal;
    this.summary = new SuiteSummary(labels, chains);
    this.gate = gate;
  }

  void record(VariantResult result) {
    journal.get().append(labels, result);
    summary.add(result);
  }

  void record(ItemError error) {
    journal.get().append(labels, error);
    summary.add(error);
  }

  /** The verdict of {@code @Gate} on the results so far; empty when the suite has no gate. */
  Optional<GateVerdict> gateVerdict() {
    return gate.map(rules -> rules.verdict(summary));
  }

  /** Ends the suite: its summary table, with how long it took and what generating its variants took. */
  String finish(Duration elapsed, GenerationCounts generation) {
    summary.finish(elapsed, generation.snapshot(), generation.reused());
    return SummaryTable.render(summary, gate);
  }

  SuiteLabels labels() {
    return labels;
  }

  SuiteSummary summary() {
    return summary;
  }
}
