package dev.vlb.engine.model.reference;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A question as the model understood it, answerable from what it perceived. */
sealed interface Question {

  /**
   * The answer in canonical words ("Yes", "red", "3", or the chosen option's text), or the empty
   * string when the model has nothing to say.
   *
   * @param options the option texts, empty when the question has none
   */
  String answer(PerceivedScene scene, List<String> options);

  private static String yesNo(boolean yes) {
    return yes ? "Yes" : "No";
  }

  /** The likeliest candidate, preferring ones whose attribute is one of the options. */
  private static Optional<Percept> pick(List<Percept> candidates, List<String> options,
      java.util.function.Function<Percept, String> attribute) {
    return candidates.stream().max(Comparator.<Percept, Boolean>comparing(p -> options.contains(attribute.apply(p)))
        .thenComparing(PerceivedScene.LIKELY));
  }

  /** Candidates for a referent, relaxing the size and then everything when nothing matches. */
  private static List<Percept> candidates(PerceivedScene scene, Referent referent) {
    List<Percept> exact = scene.matching(referent);
    if (!exact.isEmpty()) {
      return exact;
    }
    List<Percept> anySize = scene.matching(referent.withoutSize());
    return anySize.isEmpty() ? scene.objects() : anySize;
  }

  /** "Is there a red circle in the image?" */
  record Exists(Referent object) implements Question {
    @Override
    public String answer(PerceivedScene scene, List<String> options) {
      return yesNo(!scene.matching(object).isEmpty());
    }
  }

  /** "Is the red circle to the left of the blue square?" */
  record Relation(Referent subject, Direction direction, Referent landmark) implements Question {
    @Override
    public String answer(PerceivedScene scene, List<String> options) {
      Optional<Percept> a = scene.find(subject).or(() -> scene.find(new Referent(subject.colour(), null, null)));
      Optional<Percept> b = scene.find(landmark).or(() -> scene.find(new Referent(landmark.colour(), null, null)));
      if (a.isEmpty() || b.isEmpty() || a.get() == b.get()) {
        return "Yes";
      }
      return yesNo(direction.holds(a.get(), b.get()));
    }
  }

  /** "Are there more red objects than blue objects?" */
  record MoreOfColour(PaletteColour colour, PaletteColour other) implements Question {
    @Override
    public String answer(PerceivedScene scene, List<String> options) {
      int count = scene.matching(new Referent(colour, null, null)).size();
      int otherCount = scene.matching(new Referent(other, null, null)).size();
      return yesNo(count > otherCount);
    }
  }

  /** "How many red circles are there?", "How many objects are there?" */
  record CountOf(Referent objects) implements Question {
    @Override
    public String answer(PerceivedScene scene, List<String> options) {
      return Integer.toString(scene.matching(objects).size());
    }
  }

  /** "What color is the square?", "What color is the large circle?" */
  record ColourOf(Referent object) implements Question {
    @Override
    public String answer(PerceivedScene scene, List<String> options) {
      return pick(candidates(scene, object), options, p -> p.colour().word()).map(p -> p.colour().word()).orElse("");
    }
  }

  /** "What shape is the red object?" */
  record ShapeOf(Referent object) implements Question {
    @Override
    public String answer(PerceivedScene scene, List<String> options) {
      return pick(candidates(scene, object), options, p -> p.shape().word()).map(p -> p.shape().word()).orElse("");
    }
  }

  /** "Which object is largest?": the option naming the biggest perceived object. */
  record Largest() implements Question {
    @Override
    public String answer(PerceivedScene scene, List<String> options) {
      if (options.isEmpty()) {
        return scene.objects().stream().max(Comparator.comparingDouble(Percept::radius))
            .map(Percept::description).orElse("");
      }
      return options.stream().max(Comparator.comparingDouble(option -> evidence(scene, option))).orElseThrow();
    }

    /** The radius of the object an option names; half credit for an object of its colour only. */
    private static double evidence(PerceivedScene scene, String option) {
      Referent named = QuestionParser.referent(option);
      return scene.find(named).map(Percept::radius)
          .orElseGet(() -> scene.find(new Referent(named.colour(), null, null)).map(p -> p.radius() / 2).orElse(0.0));
    }
  }

  /** A question the model could not parse; it answers with whatever catches its eye. */
  record Unreadable() implements Question {
    @Override
    public String answer(PerceivedScene scene, List<String> options) {
      return scene.salient().map(p -> p.colour().word()).orElse("");
    }
  }

  /** A spatial relation between object centres, in image coordinates (y grows downwards). */
  enum Direction {
    LEFT,
    RIGHT,
    ABOVE,
    BELOW;

    boolean holds(Percept subject, Percept landmark) {
      return switch (this) {
        case LEFT -> subject.x() < landmark.x();
        case RIGHT -> subject.x() > landmark.x();
        case ABOVE -> subject.y() < landmark.y();
        case BELOW -> subject.y() > landmark.y();
      };
    }
  }
}
