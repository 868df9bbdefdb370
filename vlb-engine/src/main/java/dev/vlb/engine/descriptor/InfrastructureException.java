package dev.vlb.engine.descriptor;

/**
 * A variant ended in an infrastructure failure (model server down, timeout, malformed reply). It is
 * deliberately not an {@link AssertionError}: Surefire reports it as an error, Allure as broken.
 */
public class InfrastructureException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InfrastructureException(String message) {
    super(message);
  }
}
