package dev.vlb.engine.configuration;

/** A {@code vlb.*} configuration value that cannot be used; the message names key and value. */
public class InvalidConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidConfigurationException(String message) {
    super(message);
  }
}
