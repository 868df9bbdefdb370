package dev.vlb.engine.world;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.Judge;
import dev.vlb.api.spi.OptionLetter;
import dev.vlb.api.spi.Sample;
import dev.vlb.api.spi.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The exact judge of the synthetic world: it recomputes the question's answer on the variant's scene
 * and accepts only the original answer, with a context that does not give it away. It also serves as
 * ground truth when measuring the accuracy of other judges.
 */
final class OracleJudge implements Judge {

  @Override
  public String name() {
    return "oracle";
  }

  @Override
  public Verdict judge(Sample original, Sample variant) {
    if (!(original.scene() instanceof WorldScene before)) {
      return Verdict.reject(original.id() + ": the original has no synthetic scene, the oracle cannot judge it");
    }
    if (!(variant.scene() instanceof WorldScene after)) {
      return Verdict.reject(variant.id() + ": the variant has no synthetic scene, so its answer cannot be checked");
    }
    if (!after.spec().equals(before.spec())) {
      return Verdict.reject(
          variant.id() + ": the variant asks '" + after.spec().text() + "' instead of '" + before.spec().text() + "'");
    }
    String expected = statedAnswer(original);
    if (!statedAnswer(variant).equals(expected)) {
      return Verdict.reject(
          variant.id() + ": the variant states the answer " + statedAnswer(variant) + " instead of " + expected);
    }
    Truth truth = after.truth();
    String change = change(before.scene(), after.scene());
    if (!truth.defined()) {
      return Verdict.reject("the question has no single answer any more, " + truth.problem() + ": " + change);
    }
    if (!truth.answer().equals(expected)) {
      return Verdict.reject("answer changed from " + expected + " to " + truth.answer() + ": " + change);
    }
    Optional<String> leak = after.spec().leak(variant.context(), truth);
    if (leak.isPresent()) {
      return Verdict.reject("the context gives the answer " + expected + " away: it mentions '" + leak.get() + "'");
    }
    return Verdict.accept("answer " + expected + " unchanged: " + change);
  }

  /** The answer as the sample states it, an option letter resolved to its option text. */
  private static String statedAnswer(Sample sample) {
    if (sample.type() != TaskType.MULTIPLE_CHOICE || sample.answer().length() != 1) {
      return sample.answer();
    }
    int index = OptionLetter.indexOf(sample.answer());
    return index >= 0 && index < sample.choices().size() ? sample.choices().get(index) : sample.answer();
  }

  /** What an edit did to the scene, for a person: "added a small red square; outpainted 1.5x". */
  private static String change(Scene before, Scene after) {
    List<String> changes = new ArrayList<>();
    List<String> remaining = new ArrayList<>(descriptions(before));
    for (String description : descriptions(after)) {
      if (!remaining.remove(description)) {
        changes.add("added " + Article.indefinite(description));
      }
    }
    remaining.forEach(description -> changes.add("removed " + Article.indefinite(description)));
    if (after.zoom() < before.zoom()) {
      changes.add(String.format(Locale.ROOT, "outpainted %.2fx", before.zoom() / after.zoom()));
    }
    return changes.isEmpty() ? "scene unchanged" : String.join("; ", changes);
  }

  private static List<String> descriptions(Scene scene) {
    return scene.objects().stream().map(SceneObject::description).toList();
  }
}
