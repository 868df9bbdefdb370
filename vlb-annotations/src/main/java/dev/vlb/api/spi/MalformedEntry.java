package dev.vlb.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A dataset entry that cannot be used (missing answer, unknown option letter, broken image...). The
 * engine shows it as an erroring item; every other item still runs.
 *
 * @param message what is wrong, for a person: names the field and the bad value
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MalformedEntry(String id, Origin origin, String message) implements DatasetEntry {

  public MalformedEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(message, "message");
  }
}
