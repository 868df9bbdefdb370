package dev.vlb.engine.dataset;

import dev.vlb.api.spi.Image;

/**
 * Loads an item's image when it is needed, so that discovery and streaming never hold every image.
 * A failure names the file, line or sample id.
 */
@FunctionalInterface
public interface ImageSource {

  Image load() throws DatasetException;
}
