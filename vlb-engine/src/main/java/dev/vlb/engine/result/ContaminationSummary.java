package dev.vlb.engine.result;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.contamination.check.Contamination;
import dev.vlb.reports.stats.ContaminationRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What the contamination check found of a suite's images, chain by chain in the suite's order: how many
 * were checked, flagged as training images, judged to give their answer away with their question, and
 * could not be checked. Only touched from the engine's reporting thread.
 */
@API(status = INTERNAL, since = "0.1")
public final class ContaminationSummary {

  private final String setup;
  private final boolean imageText;
  private final Map<String, ContaminationRow> byChain = new LinkedHashMap<>();

  /**
   * @param setup what the check compares with and how, for the summary's readers
   * @param imageText whether flagged images are also checked with their question
   */
  public ContaminationSummary(String setup, boolean imageText, List<Chain> chains) {
    this.setup = setup;
    this.imageText = imageText;
    chains.forEach(chain -> byChain.put(chain.id(), new ContaminationRow(chain.id(), 0, 0, 0, 0)));
  }

  void add(VariantResult result) {
    result.contamination().ifPresent(found -> byChain.merge(result.chain().id(), row(result.chain().id(), found), ContaminationSummary::plus));
  }

  public String setup() {
    return setup;
  }

  public boolean imageText() {
    return imageText;
  }

  public List<ContaminationRow> rows() {
    return List.copyOf(byChain.values());
  }

  private static ContaminationRow row(String chain, Contamination found) {
    boolean failed = found.error().isPresent();
    boolean judgedContaminated = found.imageText().filter(text -> text.verdict().contaminated()).isPresent();
    return new ContaminationRow(chain, failed ? 0 : 1, found.flagged() ? 1 : 0, !failed && judgedContaminated ? 1 : 0,
        failed ? 1 : 0);
  }

  private static ContaminationRow plus(ContaminationRow a, ContaminationRow b) {
    return new ContaminationRow(a.chain(), a.checked() + b.checked(), a.flagged() + b.flagged(),
        a.imageTextContaminated() + b.imageTextContaminated(), a.errors() + b.errors());
  }
}
