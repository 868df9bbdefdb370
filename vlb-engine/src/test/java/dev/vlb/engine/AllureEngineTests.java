package dev.vlb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import dev.vlb.engine.fixtures.PairedFixtureTests;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.junitplatform.AllureJunitPlatform;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs variants through the JUnit Launcher with Allure's own listener, as a build with
 * allure-junit-platform does, and reads what Allure would have written.
 */
class AllureEngineTests {

  private static final String ITEM = "[engine:vlb]/[suite:" + PairedFixtureTests.class.getName() + "]/[item:q2]";

  @TempDir
  Path output;

  private final Results results = new Results();
  private final AllureLifecycle lifecycle = new AllureLifecycle(results);
  private AllureLifecycle previous;

  @BeforeEach
  void useOwnLifecycle() {
    previous = Allure.getLifecycle();
    Allure.setLifecycle(lifecycle);
  }

  @AfterEach
  void restoreLifecycle() {
    Allure.setLifecycle(previous);
  }

  @Test
  void variantCarriesItsDatasetChainAndLevelAsLabelsAndParameters() {
    TestResult variant = run(ITEM + "/[variant:V1%2BL4]").get(0);

    assertThat(variant.getName()).isEqualTo("V1 add object + L4 irrelevant context [q2]");
    assertThat(variant.getLabels()).extracting(Label::getName, Label::getValue)
        .contains(tuple("epic", "fixture"), tuple("feature", "V1 add object + L4 irrelevant context"),
            tuple("story", "level 2"));
    assertThat(variant.getParameters()).extracting(Parameter::getName, Parameter::getValue)
        .containsExactly(tuple("item", "q2"), tuple("chain", "V1+L4"), tuple("level", "2"), tuple("model", "scripted"),
            tuple("judge", "fixture-judge"));
  }

  @Test
  void variantAttachesBothImagesAndItsTexts() {
    TestResult variant = run(ITEM + "/[variant:V1%2BL4]").get(0);

    assertThat(variant.getAttachments()).extracting(Attachment::getName, Attachment::getType).containsExactly(
        tuple("original image", "image/png"), tuple("variant image", "image/png"),
        tuple("original question", "text/plain"), tuple("variant question", "text/plain"),
        tuple("variant context", "text/plain"), tuple("model reply", "text/plain"),
        tuple("extracted answer", "text/plain"), tuple("judge verdicts", "text/plain"));
    assertThat(texts(variant)).containsExactly(
        "Say cat unless reworded [say=cat] [fragile]", "Say cat unless reworded [say=cat] [fragile]",
        "Bananas are yellow.", "cat", "cat", "V1 attempt 1: accepted: same answer\nL4 attempt 1: accepted: same answer");
  }

  /** The fixture's editor keeps the image: every variant of the item shows the one file, written once. */
  @Test
  void anImageSharedByVariantsIsWrittenOnce() {
    List<TestResult> variants = run(ITEM);

    assertThat(variants).hasSize(9);
    assertThat(variants).allSatisfy(variant -> assertThat(variant.getAttachments().get(0).getSource())
        .isEqualTo(variants.get(0).getAttachments().get(0).getSource()));
    assertThat(results.attachments.keySet()).filteredOn(source -> source.endsWith(".png")).hasSize(1);
  }

  private List<TestResult> run(String uniqueId) {
    LauncherFactory.create().execute(request()
        .selectors(selectUniqueId(uniqueId))
        .configurationParameter("vlb.output.dir", output.toString())
        .configurationParameter("vlb.summary.console", "false")
        .build(), new AllureJunitPlatform(lifecycle));
    return results.tests.stream()
        .filter(test -> test.getLabels().stream().noneMatch(label -> label.getName().equals("AS_ID")))
        .toList();
  }

  private List<String> texts(TestResult test) {
    return test.getAttachments().stream()
        .filter(attachment -> attachment.getType().equals("text/plain"))
        .map(attachment -> new String(results.attachments.get(attachment.getSource()), StandardCharsets.UTF_8))
        .toList();
  }

  /** What Allure would write into allure-results, kept in memory. */
  private static final class Results implements AllureResultsWriter {

    final List<TestResult> tests = new CopyOnWriteArrayList<>();
    final Map<String, byte[]> attachments = new ConcurrentHashMap<>();

    @Override
    public void write(TestResult testResult) {
      tests.add(testResult);
    }

    @Override
    public void write(TestResultContainer container) {}

    @Override
    public void write(String source, InputStream attachment) {
      try (attachment) {
        attachments.put(source, attachment.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
