/**
 * Reports built from the engine's results files ({@code target/vlb/results.jsonl}), read as JSON
 * without the engine's classes: {@link dev.vlb.reports.ReportCli} writes a self-contained HTML report
 * and a Markdown summary. Packages follow the data: {@code results} (reading, merging shards) ->
 * {@code stats} (tables, Wilson intervals) -> {@code html}, {@code markdown}. Not built yet: run
 * comparison and the gate check.
 */
package dev.vlb.reports;
