package dev.vlb.engine.contamination.semantic;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One image of a pre-training corpus, as an index is built from it. The bytes are not copied: a corpus
 * is read one image at a time and each is let go once it is sent.
 *
 * @param id names the image in matches, e.g. its path in the corpus
 * @param bytes the encoded image, sent as it is
 * @param mediaType e.g. {@code image/jpeg}
 */
@API(status = INTERNAL, since = "0.1")
public record CorpusImage(String id, byte[] bytes, String mediaType) {

  public CorpusImage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(mediaType, "mediaType");
  }
}
