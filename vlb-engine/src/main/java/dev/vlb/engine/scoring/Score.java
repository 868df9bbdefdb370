package dev.vlb.engine.scoring;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How one reply was scored.
 *
 * @param value 1 or 0 for exact task types, 0..1 for graded open-ended answers
 * @param extracted what was read from the reply: {@code Yes}, an option letter, a normalised answer;
 *     empty when nothing could be
 * @param reason why it is wrong or unscored (e.g. {@code unparseable}), or a grader's comment
 * @param grades a grader's own numbers (MM-Vet's {@code score}; LLaVA-Bench's {@code reference} and
 *     {@code answer} ratings), from which the benchmark's official metric is summed; empty otherwise
 */
@API(status = INTERNAL, since = "0.1")
public record Score(Kind kind, double value, String extracted, String reason, Map<String, Double> grades) {

  @API(status = INTERNAL, since = "0.1")
  public enum Kind {
    CORRECT,
    WRONG,
    /** Cannot be scored here (e.g. open-ended without a grader): reported skipped, never passed. */
    UNSCORED
  }

  public Score {
    Objects.requireNonNull(kind, "kind");
    extracted = extracted == null ? "" : extracted;
    reason = reason == null ? "" : reason;
    grades = Map.copyOf(grades);
  }

  public Score(Kind kind, double value, String extracted, String reason) {
    this(kind, value, extracted, reason, Map.of());
  }

  public static Score correct(String extracted) {
    return new Score(Kind.CORRECT, 1.0, extracted, "");
  }

  public static Score wrong(String extracted, String reason) {
    return new Score(Kind.WRONG, 0.0, extracted, reason);
  }

  public static Score unscored(String reason) {
    return new Score(Kind.UNSCORED, 0.0, "", reason);
  }
}
