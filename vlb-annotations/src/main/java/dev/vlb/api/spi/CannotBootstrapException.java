package dev.vlb.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Thrown by an editor or rewriter that cannot make a variant of a sample; the variant is reported as
 * not generated, with this message as the reason.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class CannotBootstrapException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CannotBootstrapException(String message) {
    super(message);
  }
}
