package dev.vlb.engine.configuration;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** A {@code vlb.*} configuration value that cannot be used; the message names key and value. */
@API(status = EXPERIMENTAL, since = "0.1")
public class InvalidConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidConfigurationException(String message) {
    super(message);
  }
}
