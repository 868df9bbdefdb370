package dev.vlb.engine.result;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** An item that could not be evaluated at all (unreadable row or image): no variant, an error. */
@API(status = INTERNAL, since = "0.1")
public record ItemError(String itemId, String message) {}
