package dev.vlb.engine.judge;

/** What a word of a question is to the lexical check; the checked kinds name themselves in rejections. */
enum Kind {
  NUMBER("number"),
  COLOUR("colour word"),
  SHAPE("shape word"),
  SIZE("size word"),
  SPATIAL("spatial word"),
  COMPARATIVE("comparative"),
  /** What is asked: "how many" and "what" want different answers. */
  QUESTION("question word"),
  NEGATION("negation"),
  /** A content noun: it must survive, or be replaced by a synonym. */
  NOUN("noun"),
  /** Another content word (a verb, an adjective): like a noun, it must survive or be replaced by a synonym. */
  OTHER("word"),
  /** The picture itself ("in the image"): a rewrite may add or drop it. */
  DEICTIC("picture word"),
  FUNCTION("function word"),
  PUNCTUATION("punctuation");

  /** The kinds that must be kept one for one (as a multiset of their canonical forms). */
  static final Kind[] CLOSED = {NUMBER, COLOUR, SHAPE, SIZE, SPATIAL, COMPARATIVE, QUESTION, NEGATION};

  private final String label;

  Kind(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** Whether a word of this kind relates two noun phrases, whose order then matters ("A left of B"). */
  boolean relates() {
    return this == SPATIAL || this == COMPARATIVE;
  }

  /** Whether a word of this kind is part of a noun phrase ("two large red stars"), not a separator. */
  boolean namesThings() {
    return this == NUMBER || this == COLOUR || this == SHAPE || this == SIZE || this == NOUN || this == OTHER;
  }
}
