package dev.vlb.engine.bootstrap.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What one planner reply offers: the parsed plan and its usable choices, or why it cannot be used
 * (then {@code plan} is null and {@code choices} empty). The problem is told to the planner when it is
 * asked again, so it names what was wrong in the planner's own terms.
 */
record Reading<T>(JsonNode plan, List<T> choices, String problem) {

  /** How much of the planner's text a problem quotes. */
  private static final int QUOTED = 80;

  static <T> Reading<T> unusable(String problem) {
    return new Reading<>(null, List.of(), problem);
  }

  boolean isUsable() {
    return problem == null;
  }

  /** The planner's text in quotes, cut short so a rambling reply does not swell a follow-up prompt. */
  static String quote(String text) {
    String stripped = text.strip();
    return "'" + (stripped.length() <= QUOTED ? stripped : stripped.substring(0, QUOTED) + "...") + "'";
  }

  /** Sorts a plan's entries into usable choices and the reasons the others are not. */
  static final class Entries<T> {

    private final LinkedHashSet<T> usable = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();

    void use(T choice) {
      usable.add(choice);
    }

    void reject(int index, String problem) {
      problems.add("#" + (index + 1) + " " + problem);
    }

    /**
     * The plan with its usable entries, duplicates once; unusable when there are none.
     *
     * @param what the kind of entry, as a problem names it ("object", "question")
     */
    Reading<T> reading(JsonNode plan, String what) {
      if (!usable.isEmpty()) {
        return new Reading<>(plan, List.copyOf(usable), null);
      }
      return unusable(problems.isEmpty() ? "the list of " + what + "s is empty" : "no usable " + what + ": "
          + String.join("; ", problems));
    }
  }

  /** Why one entry cannot be used; caught where the entry is read, never escapes the planner. */
  static final class Unusable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    Unusable(String problem) {
      super(problem, null, false, false);
    }
  }
}
