/**
 * Reports built from the engine's results files ({@code target/vlb/results.jsonl}): HTML and Markdown
 * reports, run comparison and the release gate check. Not built yet: the engine writes
 * {@code summary.md} itself for now.
 */
package dev.vlb.reports;
