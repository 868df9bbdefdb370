package dev.vlb.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where an item came from: a file (or folder) and a 1-based line, 0 when lines do not apply. Error
 * messages and test sources point here.
 */
@API(status = EXPERIMENTAL, since = "0.1")
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
