package dev.vlb.engine.judge;

import dev.vlb.api.spi.Judge;
import dev.vlb.api.spi.Sample;
import dev.vlb.api.spi.Verdict;
import dev.vlb.engine.world.LabelledVariants.Pair;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

/**
 * Measures a judge against labelled pairs. "Positive" is accepting: precision is the share of accepted
 * variants that are good, recall the share of good variants accepted. A judge that fails on a pair (an
 * infrastructure error) is counted apart, in neither.
 */
final class JudgeAccuracy {

  /**
   * One judge on one set of pairs.
   *
   * @param byEdit how many pairs of each edit the judge accepted, and of how many
   * @param firstError the first failure's message, empty when none failed
   */
  record Row(String judge, String corpus, int goodAccepted, int goodRejected, int badAccepted, int badRejected,
      int errors, Map<String, int[]> byEdit, String firstError) {

    int accepted() {
      return goodAccepted + badAccepted;
    }

    int rejected() {
      return goodRejected + badRejected;
    }

    int pairs() {
      return accepted() + rejected() + errors;
    }

    double precision() {
      return goodAccepted / (double) accepted();
    }

    double recall() {
      return goodAccepted / (double) (goodAccepted + goodRejected);
    }
  }

  private JudgeAccuracy() {}

  /** The judge's verdict on every pair, one after another. */
  static Row measure(String corpus, List<Pair> pairs, Judge judge) {
    return measure(judge.name(), corpus, pairs,
        (original, variant) -> CompletableFuture.supplyAsync(() -> judge.judge(original, variant), Runnable::run));
  }

  /**
   * The judge's verdicts asked for all pairs at once, in their order (an HTTP client bounds how many are
   * in flight), then gathered.
   */
  static Row measure(String judgeName, String corpus, List<Pair> pairs,
      BiFunction<Sample, Sample, CompletionStage<Verdict>> judge) {
    List<CompletableFuture<Verdict>> verdicts = new ArrayList<>();
    for (Pair pair : pairs) {
      verdicts.add(judge.apply(pair.original(), pair.variant()).toCompletableFuture());
    }
    int[] counts = new int[5];
    Map<String, int[]> byEdit = new LinkedHashMap<>();
    String firstError = "";
    for (int i = 0; i < pairs.size(); i++) {
      Pair pair = pairs.get(i);
      int[] edit = byEdit.computeIfAbsent(pair.edit(), e -> new int[2]);
      edit[1]++;
      try {
        boolean accepted = verdicts.get(i).join().accepted();
        counts[(pair.good() ? 0 : 2) + (accepted ? 0 : 1)]++;
        edit[0] += accepted ? 1 : 0;
      } catch (CompletionException e) {
        counts[4]++;
        firstError = firstError.isEmpty() ? String.valueOf(e.getCause()) : firstError;
      }
    }
    return new Row(judgeName, corpus, counts[0], counts[1], counts[2], counts[3], counts[4], byEdit, firstError);
  }

  /** The rows as a Markdown table, then how many pairs of each edit each judge accepted. */
  static String markdown(List<Row> rows) {
    StringBuilder out = new StringBuilder("| # | judge | corpus | pairs | precision | recall | accepted | rejected "
        + "| errors |\n|---:|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      out.append(String.format(Locale.ROOT, "| %d | %s | %s | %d | %s | %s | %d | %d | %d |%n", i + 1, row.judge(),
          row.corpus(), row.pairs(), ratio(row.precision()), ratio(row.recall()), row.accepted(), row.rejected(),
          row.errors()));
    }
    Set<String> edits = new LinkedHashSet<>();
    rows.forEach(row -> edits.addAll(row.byEdit().keySet()));
    out.append("\nAccepted of each edit's pairs, by row of the table above:\n\n| edit |");
    for (int i = 1; i <= rows.size(); i++) {
      out.append(' ').append(i).append(" |");
    }
    out.append("\n|---|").append("---:|".repeat(rows.size())).append('\n');
    for (String edit : edits) {
      out.append("| ").append(edit).append(" |");
      for (Row row : rows) {
        int[] count = row.byEdit().get(edit);
        out.append(' ').append(count == null ? "" : count[0] + " of " + count[1]).append(" |");
      }
      out.append('\n');
    }
    rows.stream().filter(row -> row.errors() > 0).forEach(row -> out.append(String.format(Locale.ROOT,
        "%n%s failed on %d pairs, first: %s%n", row.judge(), row.errors(), row.firstError())));
    return out.toString();
  }

  private static String ratio(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
  }

  /** Writes the report where Maven puts build output ({@code target/} of the module under test). */
  static Path write(String fileName, String report) {
    Path file = Path.of("target", fileName);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, report);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
