package dev.vlb.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads what Surefire wrote for the sample suites, after it ran them (Failsafe runs this class in
 * integration-test): a CI server or a test-report action trusts the {@code <testsuite>} header and the
 * "Tests run:" line, so both must count what the {@code <testcase>} elements hold.
 */
class SurefireReportTests {

  private static final Path TARGET = Path.of("target");
  private static final String PAIRED = "dev.vlb.samples.SyntheticPairedTests";
  private static final String LEVELS = "dev.vlb.samples.SyntheticLevelsTests";
  private static final String TESTCASE = "testcase";

  @Test
  void pairedSuiteHeaderCountsEveryVariantAndTheGate() throws Exception {
    Element suite = testsuite(PAIRED);

    assertThat(header(suite)).isEqualTo(new Counts(2001, 583, 0, 110));
    assertThat(testcases(suite)).isEqualTo(header(suite));
  }

  @ParameterizedTest
  @ValueSource(strings = {PAIRED, LEVELS})
  void headerCountsTheTestcasesOfTheReport(String suiteClass) throws Exception {
    Element suite = testsuite(suiteClass);

    assertThat(header(suite)).isEqualTo(testcases(suite));
  }

  @ParameterizedTest
  @ValueSource(strings = {PAIRED, LEVELS})
  void headerCountsWhatTheEngineRecorded(String suiteClass) throws Exception {
    assertThat(header(testsuite(suiteClass))).isEqualTo(recorded(suiteClass));
  }

  @Test
  void xmlReportCountsEveryVariantAndTheGate() throws Exception {
    assertThat(header(testsuite(PAIRED))).isEqualTo(new Counts(2001, 583, 0, 110));
  }

  @Test
  void everyVariantIsItsOwnTestcase() throws Exception {
    NodeList cases = testsuite(PAIRED).getElementsByTagName(TESTCASE);
    Set<String> names = new HashSet<>();
    IntStream.range(0, cases.getLength()).mapToObj(i -> (Element) cases.item(i))
        .forEach(testcase -> names.add(testcase.getAttribute("classname") + " / " + testcase.getAttribute("name")));

    assertThat(names).hasSize(2001)
        .contains("SyntheticPairedTests / V1 add object + L4 irrelevant context [syn-0001]", "SyntheticPairedTests / gate");
  }

  private static Element testsuite(String suiteClass) throws Exception {
    Path xml = TARGET.resolve("surefire-reports").resolve("TEST-" + suiteClass + ".xml");
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile()).getDocumentElement();
  }

  private static Counts header(Element testsuite) {
    return new Counts(count(testsuite, "tests"), count(testsuite, "failures"), count(testsuite, "errors"),
        count(testsuite, "skipped"));
  }

  private static int count(Element testsuite, String attribute) {
    return Integer.parseInt(testsuite.getAttribute(attribute));
  }

  private static Counts testcases(Element testsuite) {
    NodeList cases = testsuite.getElementsByTagName(TESTCASE);
    return new Counts(cases.getLength(), below(testsuite, "failure"), below(testsuite, "error"),
        below(testsuite, "skipped"));
  }

  /** Counts only outcomes of test cases, not elements of the same name elsewhere in the report. */
  private static int below(Element testsuite, String outcome) {
    NodeList elements = testsuite.getElementsByTagName(outcome);
    return (int) IntStream.range(0, elements.getLength())
        .filter(i -> elements.item(i).getParentNode().getNodeName().equals(TESTCASE))
        .count();
  }

  /**
   * What the engine's journal holds for the suite, as Surefire should count it: one test per variant
   * plus the passing gate of the suite that has {@code @Gate} (the paired one); a variant not generated
   * is aborted, so Surefire counts it as skipped.
   */
  private static Counts recorded(String suiteClass) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> outcomes;
    try (var lines = Files.lines(TARGET.resolve("vlb").resolve("results.jsonl"))) {
      outcomes = lines.map(line -> read(json, line))
          .filter(result -> result.path("suite").asText().equals(suiteClass))
          .map(result -> result.path("outcome").asText())
          .toList();
    }
    int gates = suiteClass.equals(PAIRED) ? 1 : 0;
    return new Counts(outcomes.size() + gates, frequency(outcomes, "FAILED"), frequency(outcomes, "ERROR"),
        frequency(outcomes, "NOT_GENERATED") + frequency(outcomes, "SKIPPED"));
  }

  private static JsonNode read(ObjectMapper json, String line) {
    try {
      return json.readTree(line);
    } catch (IOException e) {
      throw new IllegalStateException("Unreadable results line: " + line, e);
    }
  }

  private static int frequency(List<String> outcomes, String outcome) {
    return (int) outcomes.stream().filter(outcome::equals).count();
  }

  record Counts(int tests, int failures, int errors, int skipped) {}
}
