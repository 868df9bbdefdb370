package dev.vlb.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Whether a bootstrap strategy makes an item harder or easier for the model. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Direction {
  HARDER(1),
  EASIER(-1);

  private final int weight;

  Direction(int weight) {
    this.weight = weight;
  }

  /** The strategy's contribution to a difficulty level: +1 when harder, -1 when easier. */
  public int weight() {
    return weight;
  }
}
