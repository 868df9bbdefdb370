/**
 * Reports built from the engine's results files ({@code target/vlb/results.jsonl}), read as JSON
 * without the engine's classes: {@link dev.vlb.reports.ReportCli} writes a self-contained HTML report
 * and a Markdown summary; {@link dev.vlb.reports.CompareCli} compares a candidate run with a baseline
 * (McNemar's exact test on the paired variants) with an exit status for CI. Packages follow the data:
 * {@code results} (reading, merging shards) -> {@code stats} (tables, Wilson intervals, comparison)
 * -> {@code html}, {@code markdown}. Not built yet: the gate check.
 */
package dev.vlb.reports;
