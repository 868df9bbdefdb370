package dev.vlb.engine.world;

import java.util.List;

/**
 * One generated item: the scene, its question, the options (multiple choice only) and the answer as
 * the sample states it ("Yes", an option letter, a word or digits).
 */
record WorldItem(Scene scene, QuestionSpec spec, List<String> choices, String answer) {

  WorldItem {
    choices = List.copyOf(choices);
  }
}
