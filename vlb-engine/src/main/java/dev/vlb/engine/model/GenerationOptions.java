package dev.vlb.engine.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Sampling settings sent with every request of one role.
 *
 * @param extraBody fields merged into every request body, for server-specific parameters
 */
record GenerationOptions(
    OptionalInt maxTokens,
    double temperature,
    OptionalLong seed,
    Optional<String> systemPrompt,
    ObjectNode extraBody) {}
