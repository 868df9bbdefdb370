package dev.vlb.engine.descriptor;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.engine.configuration.EngineConfiguration;
import dev.vlb.engine.execution.VlbExecutionContext;
import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * The root, {@code [engine:vlb]}. It carries the run's configuration, read once at discovery, to
 * execution; when every suite is done it writes the run's summary and releases the models.
 */
@API(status = INTERNAL, since = "0.1")
public final class VlbEngineDescriptor extends EngineDescriptor implements Node<VlbExecutionContext> {

  private final EngineConfiguration configuration;

  public VlbEngineDescriptor(UniqueId uniqueId, EngineConfiguration configuration) {
    super(uniqueId, "VLB");
    this.configuration = configuration;
  }

  public EngineConfiguration configuration() {
    return configuration;
  }

  @Override
  public void after(VlbExecutionContext context) {
    context.run().close();
  }
}
