package dev.vlb.engine.model;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.VisionLanguageModel;
import org.apiguardian.api.API;

/** A model reached over HTTP, which counts what it costs. Every model {@link ModelClients} creates is one. */
@API(status = INTERNAL, since = "0.1")
public interface RemoteModel extends VisionLanguageModel {

  /** A snapshot of this client's totals so far. */
  CallStatistics statistics();
}
