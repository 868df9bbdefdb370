/** {@code vlb:check}: the release gate of a build, judged on the engine's {@code results.jsonl}. */
package dev.vlb.maven;
