package dev.vlb.engine.model;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.VisionLanguageModel;
import org.apiguardian.api.API;

/**
 * The model under test when no {@code vlb.model.url} is set. It is registered as a service
 * ({@code META-INF/services/dev.vlb.engine.model.EmbeddedModel}), so the engine reaches the embedded
 * reference model without naming it.
 */
@API(status = INTERNAL, since = "0.1")
public interface EmbeddedModel {

  VisionLanguageModel create();
}
