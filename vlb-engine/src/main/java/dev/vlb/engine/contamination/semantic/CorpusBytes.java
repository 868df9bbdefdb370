package dev.vlb.engine.contamination.semantic;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.engine.contamination.CorpusImage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One image of a pre-training corpus with its bytes loaded, as an embedding index is built from it
 * ({@link #read} loads a {@link CorpusImage} of the corpus). The bytes are not copied: a corpus is read
 * one image at a time and each is let go once it is sent.
 *
 * @param id names the image in matches, e.g. its path in the corpus
 * @param bytes the encoded image, sent as it is
 * @param mediaType e.g. {@code image/jpeg}
 */
@API(status = INTERNAL, since = "0.1")
public record CorpusBytes(String id, byte[] bytes, String mediaType) {

  public CorpusBytes {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(mediaType, "mediaType");
  }

  /**
   * The corpus image's file, its media type told by its first bytes, not its name: PNG, JPEG or WebP,
   * and {@code application/octet-stream} for anything else, which the embedding client refuses by name.
   */
  public static CorpusBytes read(CorpusImage image) throws IOException {
    byte[] bytes = Files.readAllBytes(image.path());
    return new CorpusBytes(image.id(), bytes, mediaType(bytes));
  }

  private static String mediaType(byte[] bytes) {
    if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G')) {
      return "image/png";
    }
    if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
      return "image/webp";
    }
    return "application/octet-stream";
  }

  private static boolean startsWith(byte[] bytes, int at, int... signature) {
    if (bytes.length < at + signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((bytes[at + i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
