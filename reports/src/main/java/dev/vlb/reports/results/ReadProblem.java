package dev.vlb.reports.results;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import org.apiguardian.api.API;

/** A line of a results file that was skipped, and why; the rest of the file was still read. */
@API(status = EXPERIMENTAL, since = "0.1")
public record ReadProblem(Path file, long line, String message) {

  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
