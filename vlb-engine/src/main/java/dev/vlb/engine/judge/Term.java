package dev.vlb.engine.judge;

/**
 * One word or phrase of a question as the lexical check sees it.
 *
 * @param canonical the form that all its synonyms share ("crimson" and "scarlet" are {@code red})
 * @param surface the words as written, for rejection reasons
 */
record Term(Kind kind, String canonical, String surface) {}
