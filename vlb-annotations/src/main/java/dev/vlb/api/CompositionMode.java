package dev.vlb.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How the strategies of a suite combine into variants of each item. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum CompositionMode {
  /** Vanilla plus each strategy on its own. */
  SINGLE,
  /**
   * Every image strategy or none, times every question strategy or none, vanilla included:
   * (1 + 3) x (1 + 4) = 20 variants with all strategies enabled.
   */
  PAIRED,
  /**
   * Stacks of strategies grouped by difficulty level, level = #harder - #easier, from
   * {@code -maxLevel} to {@code +maxLevel}; at most one strategy of each code per stack.
   */
  MULTI_STRATEGY
}
