package dev.vlb.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import org.apiguardian.api.API;

/**
 * Loads an item's image when it is needed, so that discovery and streaming never hold every image.
 * A failure names the file, line or sample id.
 */
@FunctionalInterface
@API(status = EXPERIMENTAL, since = "0.1")
public interface ImageSource {

  Image load() throws DatasetException;
}
