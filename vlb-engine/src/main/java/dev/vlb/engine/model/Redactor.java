package dev.vlb.engine.model;

import static org.apiguardian.api.API.Status.INTERNAL;

import okhttp3.HttpUrl;
import org.apiguardian.api.API;

/**
 * Removes an API key from text that may leave the client: error excerpts, exception messages and even
 * reply text, because servers do echo keys back (e.g. "Incorrect API key provided: sk-..."); and
 * credentials from URLs shown in messages and names.
 */
@API(status = INTERNAL, since = "0.1")
public final class Redactor {

  static final String MASK = "****";

  private static final Redactor NONE = new Redactor("");

  private final String secret;

  private Redactor(String secret) {
    this.secret = secret;
  }

  /** A redactor of this secret; one that changes nothing when it is null or empty. */
  public static Redactor of(String secret) {
    return secret == null || secret.isEmpty() ? NONE : new Redactor(secret);
  }

  /** The URL as messages and names show it: without user, password, query or fragment, nor a trailing slash. */
  public static String withoutSecrets(HttpUrl url) {
    return url.newBuilder().username("").password("").query(null).fragment(null).build().toString().replaceAll("/+$", "");
  }

  public String redact(String text) {
    return secret.isEmpty() || text == null ? text : text.replace(secret, MASK);
  }

  /**
   * The start of an error body for a message, on one line. Redacted before it is cut, so that a cut can
   * never leave part of a key behind.
   */
  public String excerpt(String body, int maxLength) {
    String flat = redact(body).replaceAll("\\s+", " ").trim();
    return flat.length() <= maxLength ? flat : flat.substring(0, maxLength) + "...";
  }
}
