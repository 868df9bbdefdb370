package dev.vlb.engine.scoring;

/**
 * The grader model failed or answered something that is not a score: an infrastructure error on the
 * item, never a wrong answer.
 */
class GradingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public GradingException(String message, Throwable cause) {
    super(message, cause);
  }
}
