package dev.vlb.engine.allure;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.engine.result.SuiteLabels;
import dev.vlb.engine.result.VariantResult;
import org.apiguardian.api.API;

/**
 * Gives each reported variant its Allure labels, parameters and attachments when Allure is on the class
 * path, and does nothing otherwise. Allure's JUnit Platform listener reads neither labels nor attachments
 * from report entries (only parameters and captured output), so the engine calls Allure's lifecycle; the
 * class that does is loaded only when Allure is there, which keeps Allure an optional dependency.
 * Call it on the thread that reports the variant, between its start and finish: Allure finds the test
 * it updates through that thread.
 */
@API(status = INTERNAL, since = "0.1")
public final class AllureReporter {

  private static final String ALLURE = "io.qameta.allure.Allure";
  private static final AllureReporter ON_CLASS_PATH = new AllureReporter(detect());

  /** Where the entries go: Allure's lifecycle, or nowhere. */
  interface Sink {
    void publish(AllureEntries entries);
  }

  private final Sink sink;

  private AllureReporter(Sink sink) {
    this.sink = sink;
  }

  /** Reports to Allure if the engine's class loader sees it. */
  public static AllureReporter onClassPath() {
    return ON_CLASS_PATH;
  }

  /** Publishes the variant's labels, parameters and attachments to the test running on this thread. */
  public void report(SuiteLabels suite, VariantResult result) {
    if (sink != null) {
      sink.publish(AllureEntries.of(suite, result));
    }
  }

  private static Sink detect() {
    try {
      Class.forName(ALLURE, false, AllureReporter.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
    return new AllureLifecycleSink();
  }
}
