package dev.vlb.engine.model.reference;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.VisionLanguageModel;
import dev.vlb.engine.model.EmbeddedModel;
import org.apiguardian.api.API;

/** Registers the {@link ReferenceModel} as the model under test when none is configured. */
@API(status = INTERNAL, since = "0.1")
public final class EmbeddedReferenceModel implements EmbeddedModel {

  @Override
  public VisionLanguageModel create() {
    return ReferenceModel.create();
  }
}
