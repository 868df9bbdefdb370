package dev.vlb.engine.dataset;

/** A dataset or one of its items cannot be read; the message names the file, line or sample id. */
public class DatasetException extends Exception {

  private static final long serialVersionUID = 1L;

  public DatasetException(String message) {
    super(message);
  }

  public DatasetException(String message, Throwable cause) {
    super(message, cause);
  }
}
