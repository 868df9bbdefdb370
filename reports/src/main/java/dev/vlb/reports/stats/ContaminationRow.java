package dev.vlb.reports.stats;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.vlb.reports.results.Contamination;
import dev.vlb.reports.results.ResultRecord;
import java.util.Collection;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * The contamination check over one chain's variants. A check that failed (infrastructure) counts among
 * {@code errors} only: neither as checked, nor flagged, nor clean.
 *
 * @param chain the chain's id, e.g. "vanilla", "V1" or "V1+L4"
 * @param checked variants whose image the check completed
 * @param flagged of those, the images that are a near-duplicate of, or a semantic match with, a corpus image
 * @param imageTextContaminated of those, the images whose corpus caption gives the answer away
 * @param errors variants whose image the check could not complete
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ContaminationRow(String chain, int checked, int flagged, int imageTextContaminated, int errors) {

  /** The row of a chain's records; a record without the check (no image, no corpus) is not counted. */
  static ContaminationRow of(String chain, Collection<ResultRecord> records) {
    int checked = 0;
    int flagged = 0;
    int imageText = 0;
    int errors = 0;
    for (ResultRecord record : records) {
      Contamination check = record.contaminationCheck().orElse(null);
      if (check == null) {
        continue;
      }
      if (!check.completed()) {
        errors++;
        continue;
      }
      checked++;
      flagged += check.flagged() ? 1 : 0;
      imageText += check.imageTextContaminated() ? 1 : 0;
    }
    return new ContaminationRow(chain, checked, flagged, imageText, errors);
  }

  /** Flagged over checked, as a fraction; empty when nothing was checked. */
  public OptionalDouble flaggedShare() {
    return share(flagged);
  }

  /** Image-text contaminated over checked, as a fraction; empty when nothing was checked. */
  public OptionalDouble imageTextShare() {
    return share(imageTextContaminated);
  }

  private OptionalDouble share(int count) {
    return checked == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / checked);
  }
}
