package dev.vlb.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** A bootstrap strategy of the VLB method, on the image (V1-V3) or on the question (L1-L4). */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface Strategy permits ImageStrategy, QuestionStrategy {

  /** The paper's code, e.g. {@code V1} or {@code L4}. */
  String code();

  /** A short human name, e.g. {@code add object}. */
  String label();

  Direction direction();

  /** Looks a strategy up by its paper code, case-insensitively. */
  static Strategy ofCode(String code) {
    for (ImageStrategy strategy : ImageStrategy.values()) {
      if (strategy.code().equalsIgnoreCase(code)) {
        return strategy;
      }
    }
    for (QuestionStrategy strategy : QuestionStrategy.values()) {
      if (strategy.code().equalsIgnoreCase(code)) {
        return strategy;
      }
    }
    throw new IllegalArgumentException(
        "Unknown strategy code '" + code + "'; expected one of V1, V2, V3, L1, L2, L3, L4");
  }
}
