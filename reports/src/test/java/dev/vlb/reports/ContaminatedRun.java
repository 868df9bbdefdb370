package dev.vlb.reports;

import dev.vlb.reports.results.Outcome;
import dev.vlb.reports.results.ResultsReader;
import dev.vlb.reports.stats.RunReport;
import java.nio.file.Path;
import java.util.List;

/**
 * A run whose images the contamination check saw: suite {@link Journal#SUITE}, items it-001..it-004 on
 * chains vanilla, L1 (the item's image) and V3 (outpainted), and it-005 that could not be evaluated.
 * <pre>
 *          checked  flagged            image-text CONTAMINATED  errors
 * vanilla  3        2 (it-001, it-003)  1 (it-001)               1 (it-004)
 * V3       3        0                   0                        0; it-002 not generated, no check
 * L1       4        2 (it-001, it-003)  1 (it-001)               0; it-003's image-text reply unreadable
 * </pre>
 * it-001 fails on vanilla and V3, it-003 on L1.
 */
public final class ContaminatedRun {

  public static final String IMAGE_1 = "1".repeat(64);
  public static final String IMAGE_1_OUTPAINTED = "a".repeat(64);

  private static final String COPY_OF_A = """
      "nearDuplicate": {"corpusId": "photos/a.jpg", "similarity": 0.981, "hammingDistance": 4, "inliers": 212,
      "flagged": true}, "semantic": {"corpusId": "photos/a.jpg", "cosine": 0.962, "flagged": true}""";
  private static final String LIKE_C = """
      "semantic": {"corpusId": "photos/c.jpg", "cosine": 0.934, "flagged": true}""";

  private ContaminatedRun() {}

  public static Journal journal() {
    return Journal.of("demo-model")
        .checked("it-001", "L1", Outcome.PASSED, IMAGE_1, flagged(COPY_OF_A, "photos/a.jpg", "CONTAMINATED"))
        .checked("it-001", "vanilla", Outcome.FAILED, IMAGE_1, flagged(COPY_OF_A, "photos/a.jpg", "CONTAMINATED"))
        .checked("it-001", "V3", Outcome.FAILED, IMAGE_1_OUTPAINTED, """
            {"flagged": false, "nearDuplicate": {"corpusId": "photos/a.jpg", "similarity": 0.412,
            "hammingDistance": 11, "inliers": 57, "flagged": false},
            "semantic": {"corpusId": "photos/a.jpg", "cosine": 0.871, "flagged": false}}""")
        .checked("it-002", "vanilla", Outcome.PASSED, "2".repeat(64), """
            {"flagged": false, "nearDuplicate": {"corpusId": "photos/k.jpg", "similarity": 0.118,
            "hammingDistance": 19, "inliers": 6, "flagged": false},
            "semantic": {"corpusId": "photos/k.jpg", "cosine": 0.41, "flagged": false}}""")
        .checked("it-002", "L1", Outcome.PASSED, "2".repeat(64), clean(0.41))
        .checked("it-002", "V3", Outcome.NOT_GENERATED, null, null)
        .checked("it-003", "vanilla", Outcome.PASSED, "3".repeat(64), flagged(LIKE_C, "photos/c.jpg", "CLEAN"))
        .checked("it-003", "L1", Outcome.FAILED, "3".repeat(64), flagged(LIKE_C, "photos/c.jpg", "UNREADABLE_REPLY"))
        .checked("it-003", "V3", Outcome.PASSED, "c".repeat(64), clean(0.6))
        .checked("it-004", "vanilla", Outcome.PASSED, "4".repeat(64), """
            {"error": "EmbeddingCallException: the embedding endpoint answered 503"}""")
        .checked("it-004", "L1", Outcome.PASSED, "4".repeat(64), clean(0.52))
        .checked("it-004", "V3", Outcome.PASSED, "d".repeat(64), clean(0.5))
        .unevaluated("it-005", "unreadable image it-005.png");
  }

  /** The run, written under {@code dir} and read back. */
  public static RunReport report(Path dir) {
    return RunReport.of(ResultsReader.read(List.of(journal().writeTo(dir))));
  }

  private static String flagged(String matches, String corpusId, String imageText) {
    return """
        {"flagged": true, %s, "imageText": {"corpusId": "%s", "outcome": "%s", "reason": "because"}}"""
        .formatted(matches, corpusId, imageText);
  }

  /** Nothing within the hash's search radius, and a far embedding. */
  private static String clean(double cosine) {
    return """
        {"flagged": false, "semantic": {"corpusId": "photos/m.jpg", "cosine": %s, "flagged": false}}"""
        .formatted(cosine);
  }
}
