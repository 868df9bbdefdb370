package dev.vlb.engine.dataset;

import java.util.Objects;

/**
 * Where an item came from: a file (or folder) and a 1-based line, 0 when lines do not apply. Error
 * messages and test sources point here.
 */
public record Origin(String file, int line) {

  public Origin {
    Objects.requireNonNull(file, "file");
  }

  public static Origin of(String file, int line) {
    return new Origin(file, line);
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line : file;
  }
}
