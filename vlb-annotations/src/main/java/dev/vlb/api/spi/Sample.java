package dev.vlb.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.vlb.api.TaskType;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One question about one image, as bootstraps rewrite it and the model is asked it.
 *
 * @param id the dataset's own sample id
 * @param context text put before the question (relevant or irrelevant context); empty when none
 * @param choices option texts in order A, B, C...; empty unless {@link TaskType#MULTIPLE_CHOICE}
 * @param answer the correct answer: "Yes"/"No", an option letter, a short answer, or a reference
 * @param scene what the dataset knows of the image beyond its pixels (the synthetic world's scene
 *     graph, a caption), or {@code null}; editors that do not know its kind ignore it
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Sample(
    String id,
    Image image,
    String context,
    String question,
    List<String> choices,
    String answer,
    TaskType type,
    GroundTruth scene) {

  public Sample {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(type, "type");
    context = context == null ? "" : context;
    choices = List.copyOf(choices);
  }

  public Sample withImage(Image newImage, GroundTruth newScene) {
    return new Sample(id, newImage, context, question, choices, answer, type, newScene);
  }

  public Sample withQuestion(String newQuestion) {
    return new Sample(id, image, context, newQuestion, choices, answer, type, scene);
  }

  public Sample withContext(String newContext) {
    return new Sample(id, image, newContext, question, choices, answer, type, scene);
  }
}
