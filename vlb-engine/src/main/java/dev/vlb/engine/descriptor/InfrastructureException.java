package dev.vlb.engine.descriptor;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A variant ended in an infrastructure failure (model server down, timeout, malformed reply). It is
 * deliberately not an {@link AssertionError}: Surefire reports it as an error, Allure as broken.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class InfrastructureException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InfrastructureException(String message) {
    super(message);
  }
}
