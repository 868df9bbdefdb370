package dev.vlb.engine.dataset;

import java.util.Objects;

/**
 * A dataset entry that cannot be used (missing answer, unknown option letter, broken image...). The
 * engine shows it as an erroring item; every other item still runs.
 *
 * @param message what is wrong, for a person: names the field and the bad value
 */
public record MalformedEntry(String id, Origin origin, String message) implements DatasetEntry {

  public MalformedEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(message, "message");
  }
}
