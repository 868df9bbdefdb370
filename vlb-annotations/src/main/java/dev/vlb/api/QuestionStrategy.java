package dev.vlb.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Question bootstrap strategies: they rewrite the text and keep the answer. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum QuestionStrategy implements Strategy {
  /** L1: replace words with synonyms. */
  WORD_SUBSTITUTION("L1", "word substitution", Direction.HARDER),
  /** L2: reword the question as a whole. */
  REPHRASE("L2", "sentence rephrase", Direction.HARDER),
  /** L3: put a description of the image before the question, never revealing the answer. */
  RELEVANT_CONTEXT("L3", "relevant context", Direction.EASIER),
  /** L4: put unrelated sentences before the question. */
  IRRELEVANT_CONTEXT("L4", "irrelevant context", Direction.HARDER);

  private final String code;
  private final String label;
  private final Direction direction;

  QuestionStrategy(String code, String label, Direction direction) {
    this.code = code;
    this.label = label;
    this.direction = direction;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Direction direction() {
    return direction;
  }
}
