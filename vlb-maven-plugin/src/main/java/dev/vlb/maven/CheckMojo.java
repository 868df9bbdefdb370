package dev.vlb.maven;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.vlb.reports.gate.CheckRules;
import dev.vlb.reports.gate.GateCheck;
import dev.vlb.reports.gate.GateReport;
import dev.vlb.reports.results.ReadProblem;
import dev.vlb.reports.results.Results;
import dev.vlb.reports.results.ResultsReader;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apiguardian.api.API;

/**
 * {@code vlb:check}: the release gate of a build, as {@code jacoco:check} is a coverage gate. It reads the
 * engine's {@code results.jsonl} after the tests and fails the build when a rule breaks, naming each with
 * its numbers. Wrong answers alone never fail it; any infrastructure error does (the evaluation is
 * incomplete). Every parameter is also a {@code -D} property.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

  /** Results files, or directories searched for {@code results.jsonl}; the engine's output directory by default. */
  @Parameter
  private File[] results;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  private File buildDirectory;

  /** The least pass rate overall, of vanilla and each strategy alone, and of each level; no such rule unless set. */
  @Parameter(property = "vlb.gate.min-pass-rate")
  private Double minPassRate;

  /** {@code point}, or {@code lower-bound}: the minimum then applies to the Wilson 95% lower bound. */
  @Parameter(property = "vlb.gate.min-pass-rate-on", defaultValue = "point")
  private String minPassRateOn;

  /** The most a strategy alone or a level may fall below vanilla; no such rule unless set. */
  @Parameter(property = "vlb.gate.max-drop")
  private Double maxDrop;

  /** A baseline run (results file or directory): no row may be significantly worse than in it. */
  @Parameter(property = "vlb.gate.baseline")
  private File baseline;

  /** The significance level of McNemar's test against the baseline. */
  @Parameter(property = "vlb.gate.alpha", defaultValue = "0.05")
  private double alpha;

  /** The fewest answered variants a row needs to be judged, and a suite to be gated at all. */
  @Parameter(property = "vlb.gate.min-sample", defaultValue = "" + CheckRules.MIN_SAMPLE)
  private int minSample;

  @Parameter(property = "vlb.gate.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("VLB gate skipped (vlb.gate.skip)");
      return;
    }
    List<Path> paths = results == null || results.length == 0
        ? List.of(buildDirectory.toPath().resolve("vlb"))
        : Arrays.stream(results).map(File::toPath).toList();
    Results candidate;
    try {
      candidate = read(paths);
    } catch (IllegalArgumentException e) {
      // as jacoco:check without execution data: -DskipTests, or a -Dtest=... that selected no suite
      getLog().info("VLB gate skipped: " + e.getMessage());
      return;
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException("VLB gate cannot read the results: " + e.getMessage(), e);
    }
    GateReport report;
    try {
      Optional<Results> before = Optional.ofNullable(baseline).map(file -> read(List.of(file.toPath())));
      report = GateCheck.check(rules(), candidate, before);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new MojoExecutionException("VLB gate cannot check: " + e.getMessage(), e);
    }
    report.notEvaluated().forEach(line -> getLog().warn("VLB gate not evaluated for " + line));
    report.notJudged().forEach(line -> getLog().info(line));
    if (!report.passed()) {
      throw new MojoFailureException("VLB gate failed:\n- " + String.join("\n- ", report.broken()));
    }
    getLog().info("VLB gate passed");
  }

  private CheckRules rules() {
    CheckRules rules = CheckRules.defaults().withMinSample(minSample).withAlpha(alpha)
        .withPassRateOn(CheckRules.PassRateOn.of(minPassRateOn));
    if (minPassRate != null) {
      rules = rules.withMinPassRate(minPassRate);
    }
    return maxDrop == null ? rules : rules.withMaxDrop(maxDrop);
  }

  private Results read(List<Path> paths) {
    Results read = ResultsReader.read(paths);
    read.problems().forEach((ReadProblem problem) ->
        getLog().warn(problem.file() + ":" + problem.line() + ": " + problem.message()));
    return read;
  }
}
