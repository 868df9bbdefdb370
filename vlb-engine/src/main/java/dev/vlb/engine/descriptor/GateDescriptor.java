package dev.vlb.engine.descriptor;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.engine.execution.VlbExecutionContext;
import dev.vlb.engine.result.GateVerdict;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The release verdict of a suite, {@code [gate:gate]}, run after every item: it fails only when a rule
 * of {@code @Gate} breaks (or the evaluation is incomplete), never for wrong answers alone, and is aborted
 * when too few variants were answered to judge the model by.
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
    Optional<GateVerdict> verdict = context.suite().gateVerdict();
    if (verdict.isPresent() && verdict.get().status() == GateVerdict.Status.FAILED) {
      throw new AssertionFailedError("Gate failed for " + context.suite().modelName() + ":\n- "
          + String.join("\n- ", verdict.get().broken()));
    }
    if (verdict.isPresent() && verdict.get().status() == GateVerdict.Status.NOT_EVALUATED) {
      // too little to judge the model by is no verdict on it: aborted, which Surefire reports as skipped
      throw new TestAbortedException("Gate not evaluated: " + verdict.get().reason());
    }
    return context;
  }
}
