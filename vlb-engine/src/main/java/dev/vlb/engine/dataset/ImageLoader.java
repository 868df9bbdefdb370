package dev.vlb.engine.dataset;

import dev.vlb.api.spi.DatasetException;
import dev.vlb.api.spi.DatasetSource;
import dev.vlb.api.spi.Image;
import dev.vlb.api.spi.ImageSource;
import dev.vlb.engine.configuration.ConfigurationKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads benchmark images from files or base64 text, checking format and declared size before
 * anything is decoded, then that the image decodes whole, so that no model is asked about a
 * half-written file. Every failure names where the image was expected ({@code where}).
 */
record ImageLoader(long maxPixels) {

  static final String MAX_PIXELS_KEY = ConfigurationKeys.IMAGE_MAX_PIXELS;

  static ImageLoader from(DatasetSource source) {
    return new ImageLoader(source.imageMaxPixels());
  }

  /** A lazily read image file, which must lie inside {@code root}. */
  ImageSource file(Path root, String relative, String where) {
    return () -> {
      Path file = DatasetPaths.inside(root, relative, where);
      try {
        return check(Files.readAllBytes(file), where + " (" + file + ")");
      } catch (NoSuchFileException e) {
        throw new DatasetException(where + ": image file " + file + " does not exist");
      } catch (IOException e) {
        throw new DatasetException(where + ": cannot read image file " + file + ": " + e.getMessage(), e);
      }
    };
  }

  /** Decodes base64 text (optionally a {@code data:} URL); line breaks and spaces are ignored. */
  Image base64(String text, String where) throws DatasetException {
    String payload = text.startsWith("data:") ? text.substring(text.indexOf(',') + 1) : text;
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(payload.chars().anyMatch(Character::isWhitespace) ? payload.replaceAll("\\s+", "") : payload);
    } catch (IllegalArgumentException e) {
      throw new DatasetException(where + ": image is not valid base64 (" + e.getMessage() + ")", e);
    }
    return check(bytes, where);
  }

  Image check(byte[] bytes, String where) throws DatasetException {
    ImageHeader header =
        ImageHeader.read(bytes)
            .orElseThrow(() -> new DatasetException(where + ": image is neither PNG nor JPEG (or its header is truncated)"));
    if (header.width() <= 0 || header.height() <= 0) {
      throw new DatasetException(where + ": image declares an empty size " + header.width() + "x" + header.height());
    }
    if (header.pixels() > maxPixels) {
      throw new DatasetException(
          where + ": image declares " + header.width() + "x" + header.height() + " = " + header.pixels()
              + " pixels, more than " + MAX_PIXELS_KEY + " = " + maxPixels + "; refused without decoding");
    }
    Optional<String> problem = ImageBody.problem(bytes, header);
    if (problem.isPresent()) {
      throw new DatasetException(where + ": image cannot be decoded whole: " + problem.get());
    }
    return new Image(bytes, header.mediaType(), header.width(), header.height());
  }
}
