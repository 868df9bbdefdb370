package dev.vlb.engine.descriptor;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.Dataset;
import dev.vlb.api.spi.DatasetSource;
import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.execution.SuiteRun;
import dev.vlb.engine.execution.VlbExecutionContext;
import dev.vlb.engine.suite.SuiteDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A {@code @Benchmark} class: {@code [suite:<class name>]}. It carries a {@link ClassSource} because
 * Maven Surefire counts only tests below one. Starting it starts the suite's pipeline; a suite whose
 * annotations or dataset could not be read fails here with the reason.
 */
@API(status = INTERNAL, since = "0.1")
public final class SuiteDescriptor extends AbstractTestDescriptor implements Node<VlbExecutionContext> {

  public static final String SEGMENT_TYPE = "suite";

  private final SuiteDefinition definition;
  private final DatasetSource source;
  private final Dataset dataset;
  private final Exception problem;

  private SuiteDescriptor(UniqueId uniqueId, Class<?> suiteClass, SuiteDefinition definition, DatasetSource source,
      Dataset dataset, Exception problem) {
    super(uniqueId, suiteClass.getSimpleName(), ClassSource.from(suiteClass));
    this.definition = definition;
    this.source = source;
    this.dataset = dataset;
    this.problem = problem;
  }

  public static SuiteDescriptor of(UniqueId parent, SuiteDefinition definition, Dataset dataset, DatasetSource source) {
    Class<?> suiteClass = definition.suiteClass();
    return new SuiteDescriptor(idFor(parent, suiteClass), suiteClass, definition, source, dataset, null);
  }

  /** A suite that cannot run: it fails with the problem when executed. */
  public static SuiteDescriptor broken(UniqueId parent, Class<?> suiteClass, Exception problem) {
    return new SuiteDescriptor(idFor(parent, suiteClass), suiteClass, null, null, null, problem);
  }

  public static UniqueId idFor(UniqueId parent, Class<?> suiteClass) {
    return parent.append(SEGMENT_TYPE, suiteClass.getName());
  }

  @Override
  public Type getType() {
    return Type.CONTAINER;
  }

  /** A broken suite has no items but must still run, to report its problem. */
  @Override
  public boolean mayRegisterTests() {
    return problem != null;
  }

  @Override
  public VlbExecutionContext before(VlbExecutionContext context) throws Exception {
    if (problem != null) {
      throw problem;
    }
    Map<String, Predicate<Chain>> selected = new LinkedHashMap<>();
    getChildren().stream()
        .filter(ItemDescriptor.class::isInstance)
        .map(ItemDescriptor.class::cast)
        .filter(ItemDescriptor::isRunnable)
        .forEach(item -> selected.put(item.itemId(), item.variantFilter()));
    return context.withSuite(SuiteRun.start(context.run(), definition, dataset, source, selected));
  }

  @Override
  public void after(VlbExecutionContext context) {
    if (problem == null) {
      context.suite().close();
    }
  }
}
