package dev.vlb.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.vlb.engine.configuration.EngineConfiguration;
import dev.vlb.engine.dataset.Datasets;
import dev.vlb.engine.descriptor.VlbEngineDescriptor;
import dev.vlb.engine.discovery.SuiteDiscovery;
import dev.vlb.engine.execution.RunContext;
import dev.vlb.engine.execution.VlbExecutionContext;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;

/**
 * The JUnit Platform engine {@code vlb}: discovers {@code @Benchmark} suites and evaluates a
 * vision-language model on bootstrapped variants of every dataset item.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class VlbTestEngine extends HierarchicalTestEngine<VlbExecutionContext> {

  public static final String ENGINE_ID = "vlb";

  @Override
  public String getId() {
    return ENGINE_ID;
  }

  @Override
  public Optional<String> getGroupId() {
    return Optional.of("dev.vlb");
  }

  @Override
  public Optional<String> getArtifactId() {
    return Optional.of("vlb-engine");
  }

  /** Reads and checks the configuration once; execution takes it from the engine descriptor. */
  @Override
  public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
    EngineConfiguration configuration = EngineConfiguration.from(request.getConfigurationParameters());
    return SuiteDiscovery.discover(request, uniqueId, configuration, Datasets.load(classLoader()));
  }

  @Override
  protected VlbExecutionContext createExecutionContext(ExecutionRequest request) {
    EngineConfiguration configuration = ((VlbEngineDescriptor) request.getRootTestDescriptor()).configuration();
    return VlbExecutionContext.of(RunContext.create(configuration, classLoader()));
  }

  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : VlbTestEngine.class.getClassLoader();
  }
}
