package dev.vlb.benchmarks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The end-to-end benchmark through the JUnit Platform Launcher, as an IDE runs a suite, rather than
 * Surefire: {@code LauncherBenchmark [suite]} (default {@code PhotoBench}), with the same
 * {@code bench.*} and {@code vlb.*} system properties. {@link BenchmarkSession} measures it.
 */
public final class LauncherBenchmark {

  private LauncherBenchmark() {}

  public static void main(String[] args) {
    String suite = LauncherBenchmark.class.getPackageName() + "." + (args.length > 0 ? args[0] : "PhotoBench");
    try (LauncherSession session = LauncherFactory.openSession()) {
      session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request()
          .selectors(selectClass(suite))
          .configurationParameter("vlb.summary.console", "false")
          .build());
    }
  }
}
