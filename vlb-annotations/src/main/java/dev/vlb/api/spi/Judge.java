package dev.vlb.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.concurrent.CompletionStage;
import org.apiguardian.api.API;

/**
 * Decides whether a bootstrapped variant still has the original's answer. A rejected variant is
 * generated again, up to the configured number of attempts.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface Judge {

  String name();

  Verdict judge(Sample original, Sample variant);

  /**
   * The verdict as a stage, for a judge that calls a server: the engine calls this on one of its worker
   * threads, and an override that returns before the server answers keeps that thread free. A stage that
   * fails is an infrastructure error, never a rejection. By default it runs {@link #judge} on the calling
   * thread.
   */
  default CompletionStage<Verdict> judgeAsync(Sample original, Sample variant) {
    return Stages.now(() -> judge(original, variant));
  }
}
