package dev.vlb.engine.model;

import dev.vlb.api.spi.TokenUsage;

/** The text and token usage a protocol found in a reply. */
record Answer(String text, TokenUsage usage) {}
