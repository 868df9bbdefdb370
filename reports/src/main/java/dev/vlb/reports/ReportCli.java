package dev.vlb.reports;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.vlb.reports.html.HtmlReport;
import dev.vlb.reports.html.KeptImages;
import dev.vlb.reports.markdown.MarkdownSummary;
import dev.vlb.reports.results.Results;
import dev.vlb.reports.results.ResultsReader;
import dev.vlb.reports.results.RunFacts;
import dev.vlb.reports.stats.RunReport;
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
 * Writes the HTML report and the Markdown summary of a run:
 * {@code ReportCli --results <file or dir> [<file or dir>...] --out <dir> [--variants <store dir>...]}.
 * Several results (the shards of one run) are merged; a directory stands for every {@code results.jsonl}
 * under it. The worst items' images come from the engine's variant stores: those given with
 * {@code --variants}, else the {@code variants} folder next to each results file that has one. With
 * {@code --if-present}, missing results are reported and nothing is written, with exit status 0: a build
 * step after tests that may not have run.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReportCli {

  static final String USAGE =
      "usage: ReportCli --results <results.jsonl or dir> [<more>...] --out <dir> [--variants <store dir>...]"
          + " [--if-present]";

  private ReportCli() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the command; returns the exit status: 0 written, 2 bad arguments or no results. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("vlb report: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try {
      Results results = ResultsReader.read(arguments.results());
      CommandLine.printSkipped("vlb report: skipped ", results.problems(), err);
      RunReport run = RunReport.of(results);
      Files.createDirectories(arguments.out());
      Path html = arguments.out().resolve("index.html");
      Path markdown = arguments.out().resolve("summary.md");
      KeptImages images = KeptImages.in(arguments.variants().isEmpty()
          ? besideResults(results.files()) : arguments.variants());
      arguments.variants().stream().filter(store -> !Files.isDirectory(store)).forEach(store ->
          err.println("vlb report: no variant store " + store.toAbsolutePath() + "; its images show as not kept"));
      List<RunFacts> facts = results.files().stream().map(RunFacts::beside).flatMap(Optional::stream).toList();
      HtmlReport.write(run, images, facts, html);
      String summary = MarkdownSummary.render(run);
      Files.writeString(markdown, summary, StandardCharsets.UTF_8);
      // last in a build's output, where a reader looks: each strategy against vanilla, then where the pages are
      out.println(summary);
      // and each suite's gate verdict, as the engine judged it
      facts.forEach(ran -> ran.suites().stream().filter(suite -> !suite.gate().isEmpty()).forEach(suite ->
          out.println(suite.suite().substring(suite.suite().lastIndexOf('.') + 1) + " " + suite.gate())));
      out.println("vlb report: " + run.variants() + " variants of " + run.suites().size() + " suites from "
          + results.files().size() + " results files");
      out.println("vlb report: wrote " + html.toAbsolutePath());
      out.println("vlb report: wrote " + markdown.toAbsolutePath());
      return 0;
    } catch (IllegalArgumentException e) {
      if (arguments.ifPresent()) {
        out.println("vlb report: " + e.getMessage() + "; nothing to report");
        return 0;
      }
      err.println("vlb report: " + e.getMessage());
      return 2;
    } catch (IOException | UncheckedIOException e) {
      err.println("vlb report: " + e.getMessage());
      return 1;
    }
  }

  /** The store the engine keeps next to its journal (both under {@code target/vlb} by default), where there is one. */
  private static List<Path> besideResults(List<Path> files) {
    return files.stream()
        .map(file -> file.resolveSibling(KeptImages.STORE_NAME))
        .filter(Files::isDirectory)
        .distinct()
        .toList();
  }

  /**
   * The command line: every path after {@code --results} until the next option, {@code --out}, the
   * variant stores after {@code --variants}, flags.
   */
  private record Arguments(List<Path> results, Path out, List<Path> variants, boolean ifPresent) {

    static Arguments parse(String[] args) {
      CommandLine line = CommandLine.parse(args, Set.of("--results", "--out", "--variants"), Set.of("--if-present"));
      List<Path> results = line.all("--results").stream().map(Path::of).toList();
      if (results.isEmpty()) {
        throw new IllegalArgumentException("no --results given");
      }
      Path out = line.single("--out").map(Path::of)
          .orElseThrow(() -> new IllegalArgumentException("no --out directory given"));
      List<Path> variants = line.all("--variants").stream().map(Path::of).toList();
      return new Arguments(results, out, variants, line.has("--if-present"));
    }
  }
}
