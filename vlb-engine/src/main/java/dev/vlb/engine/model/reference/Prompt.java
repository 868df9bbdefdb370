package dev.vlb.engine.model.reference;

import java.util.List;

/**
 * A prompt as the model reads it.
 *
 * @param context everything before the question sentence
 * @param question the question sentence
 * @param options option texts in letter order
 * @param tokens the number of words the prompt spends of the context window
 */
record Prompt(String context, String question, List<String> options, AnswerFormat format, int tokens) {

  Prompt {
    options = List.copyOf(options);
  }
}
