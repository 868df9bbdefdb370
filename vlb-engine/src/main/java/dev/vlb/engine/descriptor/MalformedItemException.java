package dev.vlb.engine.descriptor;

/** A dataset entry that could not be read into an item; the message names file, line or sample id. */
public class MalformedItemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  MalformedItemException(String message) {
    super(message);
  }
}
