package dev.vlb.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.HashMap;
import java.util.Map;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one suite in a JVM of its own, as {@code mvn test} would, for tests that kill it:
 * {@code SuiteProcess <suite class> [key=value...]}.
 */
public final class SuiteProcess {

  private SuiteProcess() {}

  public static void main(String[] args) throws ClassNotFoundException {
    Map<String, String> configuration = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      String[] pair = args[i].split("=", 2);
      configuration.put(pair[0], pair[1]);
    }
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(Class.forName(args[0])))
        .configurationParameters(configuration)
        .build());
  }
}
