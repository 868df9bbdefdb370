package dev.vlb.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.vlb.api.TaskType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A benchmark item with a stable id and lazily loaded image.
 *
 * @param choices option texts in order A, B, C...; empty unless multiple choice
 * @param answer "Yes"/"No", an option letter, a short answer or (open-ended) a reference answer
 * @param category the dataset's category (MMBench category, SEED question type, MM-Vet capability...)
 *     or empty
 * @param attributes further dataset fields worth reporting (e.g. {@code l2-category}, MME {@code pair})
 * @param scene what the dataset knows of the image beyond its pixels, or {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Item(
    String id,
    Origin origin,
    String context,
    String question,
    List<String> choices,
    String answer,
    TaskType type,
    String category,
    Map<String, String> attributes,
    ImageSource image,
    GroundTruth scene)
    implements DatasetEntry {

  public Item {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(image, "image");
    context = context == null ? "" : context;
    category = category == null ? "" : category;
    choices = List.copyOf(choices);
    attributes = Map.copyOf(attributes);
  }

  /** Loads the image and returns the item as bootstraps and models see it. */
  public Sample toSample() throws DatasetException {
    return new Sample(id, image.load(), context, question, choices, answer, type, scene);
  }
}
