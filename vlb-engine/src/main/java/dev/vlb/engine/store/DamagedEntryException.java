package dev.vlb.engine.store;

/** A stored file is not what was written: cut short, edited, or its image is gone or differs. */
final class DamagedEntryException extends Exception {

  private static final long serialVersionUID = 1L;

  DamagedEntryException(String message) {
    super(message);
  }

  DamagedEntryException(String message, Throwable cause) {
    super(message, cause);
  }
}
