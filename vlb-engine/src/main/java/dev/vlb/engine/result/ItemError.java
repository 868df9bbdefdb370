package dev.vlb.engine.result;

/** An item that could not be evaluated at all (unreadable row or image): no variant, an error. */
public record ItemError(String itemId, String message) {}
