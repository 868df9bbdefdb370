package dev.vlb.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Decides whether a bootstrapped variant still has the original's answer. A rejected variant is
 * generated again, up to the configured number of attempts.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface Judge {

  String name();

  Verdict judge(Sample original, Sample variant);
}
