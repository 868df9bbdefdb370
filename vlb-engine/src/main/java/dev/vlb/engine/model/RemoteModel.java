package dev.vlb.engine.model;

import dev.vlb.api.spi.VisionLanguageModel;

/** A model reached over HTTP, which counts what it costs. Every model {@link ModelClients} creates is one. */
public interface RemoteModel extends VisionLanguageModel {

  /** A snapshot of this client's totals so far. */
  CallStatistics statistics();
}
