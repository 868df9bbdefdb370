package dev.vlb.engine.model.reference;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The objects the model perceived, largest region first. */
record PerceivedScene(List<Percept> objects) {

  PerceivedScene {
    objects = List.copyOf(objects);
  }

  List<Percept> matching(Referent referent) {
    return objects.stream().filter(referent::matches).toList();
  }

  /**
   * The object a referring expression most likely means: a match where the context places it, else
   * the largest match, if any.
   */
  Optional<Percept> find(Referent referent) {
    return matching(referent).stream().max(LIKELY);
  }

  /** Which of several candidates the model takes: one where the context places it, then the largest. */
  static final Comparator<Percept> LIKELY =
      Comparator.comparing(Percept::grounded).thenComparingDouble(Percept::radius);

  /** The object that catches the eye first: the largest region. */
  Optional<Percept> salient() {
    return objects.stream().findFirst();
  }
}
