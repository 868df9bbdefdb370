package dev.vlb.engine.model;

/** A successful HTTP reply that holds no usable answer; the client adds endpoint and excerpt. */
final class UnusableReplyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ModelCallException.Kind kind;

  UnusableReplyException(ModelCallException.Kind kind, String reason) {
    super(reason, null, false, false);
    this.kind = kind;
  }

  ModelCallException.Kind kind() {
    return kind;
  }

  static UnusableReplyException malformed(String reason) {
    return new UnusableReplyException(ModelCallException.Kind.MALFORMED_REPLY, reason);
  }

  static UnusableReplyException filtered(String reason) {
    return new UnusableReplyException(ModelCallException.Kind.CONTENT_FILTERED, reason);
  }

  static UnusableReplyException empty() {
    return new UnusableReplyException(ModelCallException.Kind.EMPTY_REPLY, "the reply holds no text");
  }
}
