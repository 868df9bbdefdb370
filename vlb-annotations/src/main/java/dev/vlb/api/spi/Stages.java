package dev.vlb.api.spi;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** The synchronous SPI methods as stages, for the asynchronous defaults beside them. */
final class Stages {

  private Stages() {}

  /** The value computed now, or the stage failed with what computing it threw. */
  static <T> CompletionStage<T> now(Supplier<T> value) {
    try {
      return CompletableFuture.completedFuture(value.get());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
