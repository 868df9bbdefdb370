package dev.vlb.engine.model;

import dev.vlb.api.spi.TokenUsage;

/** The text and token usage a protocol parsed out of a successful reply, before it becomes a ModelReply. */
record ParsedReply(String text, TokenUsage usage) {}
