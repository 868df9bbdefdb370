package dev.vlb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import dev.vlb.engine.fixtures.PairedFixtureTests;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs a selection through the JUnit Launcher, exactly as an IDE re-running one variant does. */
class LauncherSelectionTests {

  @TempDir
  Path output;

  @Test
  void launcherRunsExactlyTheOneSelectedVariant() {
    String variant = "[engine:vlb]/[suite:" + PairedFixtureTests.class.getName() + "]/[item:q2]/[variant:V1%2BL4]";
    LauncherDiscoveryRequest request = request()
        .selectors(selectUniqueId(variant))
        .configurationParameter("vlb.output.dir", output.toString())
        .configurationParameter("vlb.summary.console", "false")
        .build();
    List<String> finishedTests = new ArrayList<>();

    LauncherFactory.create().execute(request, new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest()) {
          finishedTests.add(test.getUniqueId() + " " + result.getStatus());
        }
      }
    });

    assertThat(finishedTests).containsExactly(variant + " SUCCESSFUL");
  }
}
