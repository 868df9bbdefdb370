package dev.vlb.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a model is asked: the full prompt text (context, question, options and answer instruction,
 * already formatted) and, unless the query is text-only, one image.
 *
 * @param image empty for a text-only query, such as a grader's that follows a text-only protocol
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ModelQuery(Optional<Image> image, String prompt) {

  public ModelQuery {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(prompt, "prompt");
  }

  /** A question about an image. */
  public ModelQuery(Image image, String prompt) {
    this(Optional.of(Objects.requireNonNull(image, "image")), prompt);
  }

  /** A query without an image, for models (such as text-only graders) that are sent only text. */
  public static ModelQuery textOnly(String prompt) {
    return new ModelQuery(Optional.empty(), prompt);
  }
}
