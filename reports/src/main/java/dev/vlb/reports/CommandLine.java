package dev.vlb.reports;

import dev.vlb.reports.results.ReadProblem;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the commands share: options that take every value after them up to the next option, flags that
 * take none, and the skipped lines of the results files printed one by one.
 */
final class CommandLine {

  /** The problems printed one by one; the rest are counted (they are all listed in the report). */
  private static final int PROBLEMS_SHOWN = 10;

  private final Map<String, List<String>> values;

  private CommandLine(Map<String, List<String>> values) {
    this.values = values;
  }

  /** @throws IllegalArgumentException for an unknown option, or a value before any option */
  static CommandLine parse(String[] args, Set<String> options, Set<String> flags) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    List<String> current = null;
    for (String arg : args) {
      if (flags.contains(arg)) {
        values.computeIfAbsent(arg, flag -> new ArrayList<>());
        current = null;
      } else if (arg.startsWith("--")) {
        if (!options.contains(arg)) {
          throw new IllegalArgumentException("unknown option " + arg);
        }
        current = values.computeIfAbsent(arg, option -> new ArrayList<>());
      } else if (current != null) {
        current.add(arg);
      } else {
        throw new IllegalArgumentException("unexpected argument " + arg);
      }
    }
    return new CommandLine(values);
  }

  boolean has(String flag) {
    return values.containsKey(flag);
  }

  List<String> all(String option) {
    return values.getOrDefault(option, List.of());
  }

  /** @throws IllegalArgumentException when the option was given more than one value */
  Optional<String> single(String option) {
    List<String> given = all(option);
    if (given.size() > 1) {
      throw new IllegalArgumentException("unexpected argument " + given.get(1));
    }
    return given.stream().findFirst();
  }

  /** Prints the first skipped lines of a run and counts the rest. */
  static void printSkipped(String prefix, List<ReadProblem> problems, PrintStream err) {
    problems.stream().limit(PROBLEMS_SHOWN).forEach(problem -> err.println(prefix + problem));
    if (problems.size() > PROBLEMS_SHOWN) {
      err.println(prefix + "... and " + (problems.size() - PROBLEMS_SHOWN) + " more skipped lines, listed in the report");
    }
  }
}
