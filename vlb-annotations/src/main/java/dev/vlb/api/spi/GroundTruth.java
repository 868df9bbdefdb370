package dev.vlb.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What a dataset knows of an image beyond its pixels: the synthetic world's scene graph, a benchmark's
 * caption. It travels with a {@link Sample} as its {@code scene}; the model under test never sees it.
 * Editors, rewriters, judges and graders read the kinds they know and ignore the others, so a dataset
 * may add its own.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface GroundTruth {}
