package dev.vlb.reports.gate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.LinkedHashSet;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What {@code vlb:check} found.
 *
 * @param broken each broken rule with its numbers; the build fails when there is one
 * @param notJudged rows too small for a rule to act on, and why; each once, however many rules skipped it
 * @param notEvaluated suites too small to be gated at all, and why
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record GateReport(List<String> broken, List<String> notJudged, List<String> notEvaluated) {

  public GateReport {
    broken = List.copyOf(broken);
    notJudged = List.copyOf(new LinkedHashSet<>(notJudged));
    notEvaluated = List.copyOf(notEvaluated);
  }

  public boolean passed() {
    return broken.isEmpty();
  }
}
