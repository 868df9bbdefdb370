package dev.vlb.engine.bootstrap.image;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** A remote image editor failed or answered with an unusable image: an infrastructure error, not a sample that cannot be edited. */
@API(status = INTERNAL, since = "0.1")
public final class EditorCallException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  EditorCallException(String message, Throwable cause) {
    super(message, cause);
  }
}
