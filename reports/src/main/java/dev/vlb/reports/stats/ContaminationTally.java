package dev.vlb.reports.stats;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * One suite's contamination check, per chain: whether benchmark images, and the variants bootstrapped
 * from them, are in the model's pre-training corpus.
 *
 * @param rows vanilla, then every chain in the paper's order, as the pass-rate tables list them
 * @param imageText whether any variant of the suite has an image-text verdict, i.e. the check was on
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ContaminationTally(List<ContaminationRow> rows, boolean imageText) {

  public ContaminationTally {
    rows = List.copyOf(rows);
  }

  /**
   * What the table's columns mean, in one line for under it: the same words on the page, in the summary and
   * wherever else the table is shown.
   */
  public static String legend(boolean imageText) {
    return "Image flagged: a near-duplicate of, or a semantic match with, an image of the training corpus; shares"
        + " are of the images checked."
        + (imageText
            ? " Image-text: a checked image whose corpus caption gives the answer away, as the model judged." : "")
        + " Errors: checks that could not be completed, counted neither as flagged nor as clean.";
  }
}
