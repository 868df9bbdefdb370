package dev.vlb.reports.stats;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.vlb.reports.results.Outcome;
import java.util.List;
import org.apiguardian.api.API;

/** A paired variant answered in both runs whose outcome changed, with the question the variant asked. */
@API(status = EXPERIMENTAL, since = "0.1")
public record Flip(String item, String chain, Outcome before, Outcome after, String question) {

  /** The first flips of one direction, and how many there were in all. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Flips(List<Flip> shown, long total) {

    public Flips {
      shown = List.copyOf(shown);
    }

    /** How many were left out of {@link #shown}. */
    public long more() {
      return total - shown.size();
    }
  }
}
