package dev.vlb.engine.model.reference;

/** The form of answer the prompt's instruction asks for. */
enum AnswerFormat {
  YES_NO,
  OPTION_LETTER,
  WORD
}
