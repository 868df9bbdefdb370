package dev.vlb.engine.model;

import java.util.OptionalInt;

/**
 * A model call that produced no usable answer: an infrastructure error, never a wrong answer. The
 * message names the endpoint, the HTTP status if there was one and a short excerpt of the body, with
 * any API key masked.
 */
final class ModelCallException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the call failed. */
  public enum Kind {
    /** The server answered with an error status (after retries where the status is retryable). */
    HTTP_STATUS,
    /** No complete answer within the configured timeout. */
    TIMEOUT,
    /** The connection could not be made or broke. */
    CONNECTION,
    /** The body was not the JSON the protocol promises (invalid JSON, no choices, no content). */
    MALFORMED_REPLY,
    /** The reply was well formed but held no text. */
    EMPTY_REPLY,
    /** The server refused or filtered the answer. */
    CONTENT_FILTERED,
    /** The endpoint was considered down for this run after too many consecutive failures. */
    CIRCUIT_OPEN,
    /** The image could not be sent: neither PNG, JPEG nor anything the JDK can re-encode. */
    UNSUPPORTED_IMAGE
  }

  private final Kind kind;
  private final String endpoint;
  private final int status;

  ModelCallException(Kind kind, String endpoint, int status, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.endpoint = endpoint;
    this.status = status;
  }

  public Kind kind() {
    return kind;
  }

  /** The endpoint called, without credentials. */
  public String endpoint() {
    return endpoint;
  }

  /** The HTTP status of the last response, empty when none arrived. */
  public OptionalInt status() {
    return status > 0 ? OptionalInt.of(status) : OptionalInt.empty();
  }
}
