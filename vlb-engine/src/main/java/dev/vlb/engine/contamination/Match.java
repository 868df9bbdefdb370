package dev.vlb.engine.contamination;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * The corpus image closest to a query, and whether the query is a near-duplicate of it.
 *
 * @param corpusId the corpus image's id
 * @param hammingDistance the bits its hash differs in from the query's, over the views compared
 * @param inliers local-feature matches that one perspective mapping carries from it onto the query
 * @param similarity the share of the query (in blocks) that the corpus image, carried onto it, reproduces,
 *     in [0, 1]: near 1 for a resized, recompressed, colour-shifted or cropped copy, about 0.4 for one
 *     outpainted to 1.5 times its size (the original is 44% of that canvas), at most 0.2 for an
 *     unrelated photograph. Carried by the feature mapping when {@link Thresholds#minInliers} matches agree on it, else
 *     by the mapping the nearest hash views suggest (pictures with too few corners for features)
 * @param flagged whether the similarity reaches {@link Thresholds#minCoverage}
 */
@API(status = INTERNAL, since = "0.1")
public record Match(String corpusId, int hammingDistance, int inliers, double similarity, boolean flagged) {}
