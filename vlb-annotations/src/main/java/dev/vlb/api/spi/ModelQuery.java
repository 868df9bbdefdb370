package dev.vlb.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a model is asked: one image and the full prompt text (context, question, options and answer
 * instruction, already formatted).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ModelQuery(Image image, String prompt) {

  public ModelQuery {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(prompt, "prompt");
  }
}
