package dev.vlb.engine.result;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * What a suite's {@code @Gate} says of its results.
 *
 * @param broken each broken rule with its numbers; empty unless {@code FAILED}
 * @param notJudged rows too small for a rule to act on, each saying so
 * @param reason why the gate was not evaluated; empty otherwise
 */
@API(status = INTERNAL, since = "0.1")
public record GateVerdict(Status status, List<String> broken, List<String> notJudged, String reason) {

  @API(status = INTERNAL, since = "0.1")
  public enum Status {
    PASSED,
    FAILED,
    /** Too little to judge: too few answered variants, or only part of the suite selected. */
    NOT_EVALUATED
  }

  public GateVerdict {
    broken = List.copyOf(broken);
    notJudged = List.copyOf(notJudged);
  }

  static GateVerdict of(List<String> broken, List<String> notJudged) {
    return new GateVerdict(broken.isEmpty() ? Status.PASSED : Status.FAILED, broken, notJudged, "");
  }

  static GateVerdict notEvaluated(String reason) {
    return new GateVerdict(Status.NOT_EVALUATED, List.of(), List.of(), reason);
  }

  /** The summary's gate line and the lines under it. */
  public String render() {
    StringBuilder out = new StringBuilder(switch (status) {
      case PASSED -> "gate: passed";
      case FAILED -> "gate: FAILED";
      case NOT_EVALUATED -> "gate not evaluated: " + reason;
    }).append('\n');
    broken.forEach(rule -> out.append("- ").append(rule).append('\n'));
    notJudged.forEach(row -> out.append("- ").append(row).append('\n'));
    return out.toString();
  }
}
