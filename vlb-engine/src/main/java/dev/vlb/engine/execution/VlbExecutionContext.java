package dev.vlb.engine.execution;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/** What a node sees while it executes: the run, and the suite it belongs to once that has started. */
@API(status = INTERNAL, since = "0.1")
public final class VlbExecutionContext implements EngineExecutionContext {

  private final RunContext run;
  private final SuiteRun suite;

  private VlbExecutionContext(RunContext run, SuiteRun suite) {
    this.run = run;
    this.suite = suite;
  }

  public static VlbExecutionContext of(RunContext run) {
    return new VlbExecutionContext(run, null);
  }

  public VlbExecutionContext withSuite(SuiteRun suiteRun) {
    return new VlbExecutionContext(run, suiteRun);
  }

  public RunContext run() {
    return run;
  }

  /**
   * @throws IllegalStateException outside a suite
   */
  public SuiteRun suite() {
    if (suite == null) {
      throw new IllegalStateException("No suite has started in this context");
    }
    return suite;
  }
}
