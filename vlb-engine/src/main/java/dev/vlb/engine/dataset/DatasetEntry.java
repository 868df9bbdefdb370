package dev.vlb.engine.dataset;

/** One entry of a dataset stream: a usable item, or a malformed one reported as an error on its own. */
public sealed interface DatasetEntry permits Item, MalformedEntry {

  /** The dataset's own sample id (for a row whose id cannot be read: {@code file:line}). */
  String id();

  Origin origin();
}
