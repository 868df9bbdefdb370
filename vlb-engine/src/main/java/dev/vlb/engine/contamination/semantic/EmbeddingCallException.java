package dev.vlb.engine.contamination.semantic;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * An embedding that could not be had: the endpoint failed, timed out, or answered with no usable
 * embedding. An infrastructure error, never a "not contaminated" result. The message names the model
 * and the endpoint, the status and the start of the body, never the API key.
 */
@API(status = INTERNAL, since = "0.1")
public final class EmbeddingCallException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  EmbeddingCallException(String message, Throwable cause) {
    super(message, cause);
  }
}
