package dev.vlb.engine.scoring;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.TaskType;
import dev.vlb.api.spi.OptionLetter;
import dev.vlb.api.spi.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * MMBench's CircularEval: a multiple-choice item is asked once per rotation of its options (N
 * rotations for N options) and counts as correct only if every rotation is answered correctly.
 */
@API(status = INTERNAL, since = "0.1")
public final class OptionRotations {

  private OptionRotations() {}

  /**
   * The item's rotations, the first being the item itself: rotation k moves option {@code k} to A
   * ({@code [a, b, c, d]} becomes {@code [b, c, d, a]} for k = 1), the answer letter following its
   * option. All rotations keep the sample's id; their position in the list is the rotation.
   */
  public static List<Sample> rotations(Sample sample) {
    if (sample.type() != TaskType.MULTIPLE_CHOICE || sample.choices().isEmpty()) {
      throw new IllegalArgumentException("CircularEval needs a multiple-choice sample, but " + sample.id() + " is " + sample.type());
    }
    List<String> choices = sample.choices();
    int n = choices.size();
    int answer = OptionLetter.indexOf(sample.answer());
    if (answer < 0 || answer >= n) {
      throw new IllegalArgumentException(
          "CircularEval needs the answer to be one of " + n + " option letters, but " + sample.id() + "'s is '" + sample.answer() + "'");
    }
    List<Sample> rotations = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      List<String> rotated = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        rotated.add(choices.get((i + k) % n));
      }
      String letter = OptionLetter.of(Math.floorMod(answer - k, n));
      rotations.add(new Sample(sample.id(), sample.image(), sample.context(), sample.question(), rotated, letter, sample.type(), sample.scene()));
    }
    return List.copyOf(rotations);
  }

  /**
   * An item's score from those of its rotations (as {@link #rotations} lists them, in that order):
   * correct only if every rotation is, else wrong naming the first rotation that is not. The extracted
   * answers of all rotations are kept, joined by {@code " | "}.
   */
  public static Score score(List<Sample> rotations, List<Score> scores) {
    if (rotations.isEmpty() || rotations.size() != scores.size()) {
      throw new IllegalArgumentException("CircularEval needs one score per rotation, got " + scores.size() + " for " + rotations.size());
    }
    String extracted = scores.stream().map(Score::extracted).collect(Collectors.joining(" | "));
    for (int k = 0; k < scores.size(); k++) {
      if (scores.get(k).kind() != Score.Kind.CORRECT) {
        return Score.wrong(extracted, "CircularEval: rotation " + (k + 1) + " of " + scores.size()
            + " answered '" + scores.get(k).extracted() + "', expected " + rotations.get(k).answer());
      }
    }
    return Score.correct(extracted);
  }
}
