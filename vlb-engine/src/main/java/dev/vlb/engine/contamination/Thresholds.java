package dev.vlb.engine.contamination;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * When a benchmark image counts as a near-duplicate of a corpus image.
 *
 * <p>The {@link #DEFAULTS} were chosen with {@code NearDuplicateEvaluation} (under the tests): a corpus of
 * 10,000 images (crops of the example photographs, synthetic scenes), 300 copies of corpus images to find
 * and 210 pictures to leave alone, among them other parts of the same photographs. It sweeps every
 * combination; at the defaults it missed 28 of the 300 copies and flagged none of the 210 (30 and none
 * since pictures found without features must also reproduce their texture; on 100,000 images, 33 and 2,
 * both 1.5x outpaintings of a plain background).
 * <ul>
 *   <li>Radius 10. The hashes have 32 bits set, so distances are even, and radii 8 to 11 cost the same
 *       search (1.3% of the stored hashes compared); 12 to 15 cost four times as much (5.7%), found 6
 *       more copies and flagged 2 non-copies; 8 missed 15 more. What lies beyond 10 is mostly a copy cut
 *       between two views, a small picture halved, or a strong colour shift.
 *   <li>Four candidates: of 272 queries flagged, 266 were flagged on the nearest candidate, 4 on the
 *       second, 2 on the third, none on the fourth.
 *   <li>Ten inliers: fewer, and RANSAC may fit a mapping to chance matches; from 6 to 25 the results
 *       moved by one or two copies, as the pixel check, not the count, rejects a wrong mapping.
 *   <li>Coverage 0.5: a query is a near-duplicate when the corpus image makes up at least half of it. On
 *       the 34 example photographs, copies (halved, recompressed, cropped, hue turned by 60 degrees, turned
 *       by 3 degrees) reproduced 0.57 to 1, most above 0.95; V3's outpainting at its default 1.5 reproduced
 *       0.35 to 0.44 (the original is 44% of the canvas), at 1.25 0.53 to 0.62; an unrelated photograph at
 *       most 0.20, the other half of the same photograph at most 0.30. In the evaluation 0.45 flagged one
 *       non-copy and 0.55 missed four more copies.
 * </ul>
 *
 * @param hammingRadius how many of the 64 hash bits a candidate may differ in, over the views compared
 *     (see {@link NearDuplicateIndex#nearest}); at most 64
 * @param maxCandidates how many of the closest candidates are compared by local features, nearest first
 * @param minInliers how many feature matches the mapping between the two must carry before it is
 *     trusted; at least 5
 * @param minCoverage the share of the query's area the corpus image must cover, as mapped, to be flagged
 */
@API(status = INTERNAL, since = "0.1")
public record Thresholds(int hammingRadius, int maxCandidates, int minInliers, double minCoverage) {

  /** The defaults, chosen by measurement: see the class comment. */
  public static final Thresholds DEFAULTS = new Thresholds(10, 4, 10, 0.5);

  public Thresholds {
    if (hammingRadius < 0 || hammingRadius > Long.SIZE) {
      throw new IllegalArgumentException("hammingRadius must be 0 to 64, was " + hammingRadius);
    }
    if (maxCandidates < 1) {
      throw new IllegalArgumentException("maxCandidates must be at least 1, was " + maxCandidates);
    }
    if (minInliers < 5) {
      throw new IllegalArgumentException("minInliers must be at least 5 (four points fit any mapping), was " + minInliers);
    }
    if (!(minCoverage > 0 && minCoverage <= 1)) {
      throw new IllegalArgumentException("minCoverage must be above 0 and at most 1, was " + minCoverage);
    }
  }
}
