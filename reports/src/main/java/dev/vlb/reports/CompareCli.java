package dev.vlb.reports;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.vlb.reports.markdown.ComparisonMarkdown;
import dev.vlb.reports.results.Results;
import dev.vlb.reports.results.ResultsReader;
import dev.vlb.reports.stats.Comparison;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Compares a candidate run with a baseline and prints the comparison in Markdown:
 * {@code CompareCli --baseline <file or dir>... --candidate <file or dir>... [--alpha 0.05] [--out compare.md]}.
 * Several results per run are its shards, merged. The exit status gates a CI job: 0 no significant
 * regression, 1 a regression at level alpha, 2 bad arguments or results that cannot be compared.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CompareCli {

  static final String USAGE = "usage: CompareCli --baseline <results.jsonl or dir> [<more>...] "
      + "--candidate <results.jsonl or dir> [<more>...] [--alpha " + Comparison.ALPHA + "] [--out compare.md]";

  private static final String PREFIX = "vlb compare: ";

  private CompareCli() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the command: the Markdown goes to {@code out} (and to {@code --out}), everything else to
   * {@code err}. Returns the exit status.
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(PREFIX + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try {
      Comparison comparison = Comparison.of(read("baseline", arguments.baseline(), err),
          read("candidate", arguments.candidate(), err), arguments.alpha());
      String markdown = ComparisonMarkdown.render(comparison);
      out.print(markdown);
      if (arguments.out().isPresent()) {
        Path file = arguments.out().get();
        Files.writeString(file, markdown, StandardCharsets.UTF_8);
        err.println(PREFIX + "wrote " + file.toAbsolutePath());
      }
      return comparison.regressions().isEmpty() ? 0 : 1;
    } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
      err.println(PREFIX + e.getMessage());
      return 2;
    }
  }

  private static Results read(String role, List<Path> paths, PrintStream err) {
    Results results = ResultsReader.read(paths);
    CommandLine.printSkipped(PREFIX + "skipped (" + role + ") ", results.problems(), err);
    return results;
  }

  private record Arguments(List<Path> baseline, List<Path> candidate, double alpha, Optional<Path> out) {

    static Arguments parse(String[] args) {
      CommandLine line = CommandLine.parse(args, Set.of("--baseline", "--candidate", "--alpha", "--out"), Set.of());
      List<Path> baseline = paths(line, "--baseline");
      List<Path> candidate = paths(line, "--candidate");
      double alpha = line.single("--alpha").map(Arguments::alpha).orElse(Comparison.ALPHA);
      return new Arguments(baseline, candidate, alpha, line.single("--out").map(Path::of));
    }

    private static List<Path> paths(CommandLine line, String option) {
      List<Path> paths = line.all(option).stream().map(Path::of).toList();
      if (paths.isEmpty()) {
        throw new IllegalArgumentException("no " + option + " given");
      }
      return paths;
    }

    private static double alpha(String text) {
      try {
        double alpha = Double.parseDouble(text);
        if (alpha > 0 && alpha < 1) {
          return alpha;
        }
      } catch (NumberFormatException e) {
        // reported below, as any other alpha out of range
      }
      throw new IllegalArgumentException("--alpha must be a number between 0 and 1, not " + text);
    }
  }
}
