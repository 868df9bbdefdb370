package dev.vlb.engine.descriptor;

import dev.vlb.engine.execution.VlbExecutionContext;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** The root, {@code [engine:vlb]}; when every suite is done it writes the run's summary and releases models. */
public final class VlbEngineDescriptor extends EngineDescriptor implements Node<VlbExecutionContext> {

  public VlbEngineDescriptor(UniqueId uniqueId) {
    super(uniqueId, "VLB");
  }

  @Override
  public void after(VlbExecutionContext context) {
    context.run().close();
  }
}
