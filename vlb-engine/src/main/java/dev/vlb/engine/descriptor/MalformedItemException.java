package dev.vlb.engine.descriptor;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** A dataset entry that could not be read into an item; the message names file, line or sample id. */
@API(status = EXPERIMENTAL, since = "0.1")
public class MalformedItemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  MalformedItemException(String message) {
    super(message);
  }
}
