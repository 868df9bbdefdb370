package dev.vlb.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Image bootstrap strategies: they edit the picture and keep the answer. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ImageStrategy implements Strategy {
  /** V1: paint in an object that cannot change the answer. */
  ADD_OBJECT("V1", "add object", Direction.HARDER),
  /** V2: erase an object whose removal cannot change the answer. */
  REMOVE_OBJECT("V2", "remove object", Direction.EASIER),
  /** V3: extend the canvas and fill it; a larger ratio is harder. */
  OUTPAINT("V3", "outpaint", Direction.HARDER);

  private final String code;
  private final String label;
  private final Direction direction;

  ImageStrategy(String code, String label, Direction direction) {
    this.code = code;
    this.label = label;
    this.direction = direction;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Direction direction() {
    return direction;
  }
}
