package dev.vlb.engine.model;

/**
 * Removes an API key from text that may leave the client: error excerpts, exception messages and even
 * reply text, because servers do echo keys back (e.g. "Incorrect API key provided: sk-...").
 */
final class Redactor {

  static final String MASK = "****";

  private static final Redactor NONE = new Redactor("");

  private final String secret;

  private Redactor(String secret) {
    this.secret = secret;
  }

  static Redactor of(String secret) {
    return secret == null || secret.isEmpty() ? NONE : new Redactor(secret);
  }

  String redact(String text) {
    return secret.isEmpty() || text == null ? text : text.replace(secret, MASK);
  }
}
