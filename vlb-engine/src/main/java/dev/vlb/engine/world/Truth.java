package dev.vlb.engine.world;

import java.util.Objects;

/**
 * The exact answer of a question on a scene: a canonical answer text ("Yes", "3", "red", an option
 * text), or, when the question has no single answer on that scene, the problem that prevents one.
 */
record Truth(String answer, String problem) {

  static Truth of(String answer) {
    return new Truth(Objects.requireNonNull(answer, "answer"), "");
  }

  static Truth of(boolean yes) {
    return of(yes ? "Yes" : "No");
  }

  static Truth of(long number) {
    return of(Long.toString(number));
  }

  static Truth undefined(String problem) {
    return new Truth("", Objects.requireNonNull(problem, "problem"));
  }

  boolean defined() {
    return problem.isEmpty();
  }

  boolean isNumber() {
    return defined() && answer.chars().allMatch(Character::isDigit);
  }

  @Override
  public String toString() {
    return defined() ? answer : "no single answer (" + problem + ")";
  }
}
