package dev.vlb.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import org.apiguardian.api.API;

/** One entry of a dataset stream: a usable item, or a malformed one reported as an error on its own. */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface DatasetEntry permits Item, MalformedEntry {

  /** The dataset's own sample id (for a row whose id cannot be read: {@code file:line}). */
  String id();

  Origin origin();
}
