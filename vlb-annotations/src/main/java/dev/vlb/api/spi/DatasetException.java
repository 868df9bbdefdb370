package dev.vlb.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import org.apiguardian.api.API;

/** A dataset or one of its items cannot be read; the message names the file, line or sample id. */
@API(status = EXPERIMENTAL, since = "0.1")
public class DatasetException extends Exception {

  private static final long serialVersionUID = 1L;

  public DatasetException(String message) {
    super(message);
  }

  public DatasetException(String message, Throwable cause) {
    super(message, cause);
  }
}
