package dev.vlb.engine.contamination.semantic;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Embeddings that must not be compared: an index of another model, of another state of the corpus, or
 * of another dimension than the embedding searched for. Cosines across models mean nothing, so this is
 * refused rather than answered.
 */
@API(status = INTERNAL, since = "0.1")
public final class IndexMismatchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  IndexMismatchException(String message) {
    super(message);
  }
}
