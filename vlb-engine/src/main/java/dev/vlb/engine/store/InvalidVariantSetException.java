package dev.vlb.engine.store;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * A variant set that does not verify: a file was changed, removed or added after the set was frozen.
 * Nothing of such a set is imported or converted.
 */
@API(status = INTERNAL, since = "0.1")
public final class InvalidVariantSetException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String file;

  InvalidVariantSetException(Path set, String file, String problem) {
    super("Variant set " + set + " refused: " + file + " " + problem);
    this.file = file;
  }

  /** The offending file, relative to the set's root, e.g. {@code images/ab12....png}. */
  public String file() {
    return file;
  }
}
