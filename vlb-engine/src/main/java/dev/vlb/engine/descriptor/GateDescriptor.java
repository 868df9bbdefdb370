package dev.vlb.engine.descriptor;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.engine.execution.VlbExecutionContext;
import java.util.List;
import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;
import org.opentest4j.AssertionFailedError;

/**
 * The release verdict of a suite, {@code [gate:gate]}, run after every item: it fails only when a rule
 * of {@code @Gate} breaks (or the evaluation is incomplete), never for wrong answers alone.
 */
@API(status = INTERNAL, since = "0.1")
public final class GateDescriptor extends AbstractTestDescriptor implements Node<VlbExecutionContext> {

  public static final String SEGMENT_TYPE = "gate";
  public static final String SEGMENT_VALUE = "gate";

  /** No class source of its own: Surefire would then report it as a testcase without a name. */
  private GateDescriptor(UniqueId uniqueId) {
    super(uniqueId, "gate");
  }

  public static GateDescriptor of(UniqueId suiteId) {
    return new GateDescriptor(suiteId.append(SEGMENT_TYPE, SEGMENT_VALUE));
  }

  @Override
  public Type getType() {
    return Type.TEST;
  }

  @Override
  public VlbExecutionContext execute(VlbExecutionContext context, DynamicTestExecutor dynamicTests) {
    List<String> broken = context.suite().gateBreaks();
    if (!broken.isEmpty()) {
      throw new AssertionFailedError("Gate failed for " + context.suite().modelName() + ":\n- " + String.join("\n- ", broken));
    }
    return context;
  }
}
