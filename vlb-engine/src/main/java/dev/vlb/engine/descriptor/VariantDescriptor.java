package dev.vlb.engine.descriptor;

import dev.vlb.engine.allure.AllureReporter;
import dev.vlb.engine.execution.VlbExecutionContext;
import dev.vlb.engine.result.Outcome;
import dev.vlb.engine.result.VariantResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * One bootstrapped variant of an item, a dynamic test: {@code [variant:V1+L4]}, named
 * {@code V1 add object + L4 irrelevant context [1234]}. The item id keeps the name unique within the
 * suite, which flat listings need: Surefire names a test without a method source by its display name
 * (it reads {@code getLegacyReportingName()} only for methods) and keys its summary by suite class and
 * that name. Its outcome maps onto JUnit's: a wrong answer fails with an assertion error (question,
 * expected, actual, extracted), a variant that could not be generated is aborted, an unscorable answer
 * is skipped, and an infrastructure failure is an error that is not an assertion. With Allure on the
 * class path, it also gets Allure labels, parameters and attachments (a skipped one cannot: Allure's
 * listener starts and finishes a skipped test at once).
 */
final class VariantDescriptor extends AbstractTestDescriptor implements Node<VlbExecutionContext> {

  static final String SEGMENT_TYPE = "variant";

  /** How much of a reply or question a wrong answer's message quotes. */
  private static final int SHOWN = 160;

  /**
   * Handed on when the variant runs, then let go: the descriptor lives as long as the test plan, and a
   * result holds the variant's images (its exhibits); kept, 10,000 photo items took gigabytes.
   */
  private VariantResult result;

  private VariantDescriptor(UniqueId uniqueId, String displayName, TestSource source, VariantResult result) {
    super(uniqueId, displayName, source);
    this.result = result;
  }

  static VariantDescriptor of(UniqueId itemId, VariantResult result, TestSource source) {
    return new VariantDescriptor(itemId.append(SEGMENT_TYPE, result.chain().id()),
        result.chain().displayName() + " [" + result.item().id() + "]", source, result);
  }

  @Override
  public Type getType() {
    return Type.TEST;
  }

  @Override
  public SkipResult shouldBeSkipped(VlbExecutionContext context) {
    if (result.outcome() == Outcome.SKIPPED) {
      context.suite().record(result);
      return SkipResult.skip(result.reason());
    }
    return SkipResult.doNotSkip();
  }

  @Override
  public void nodeSkipped(VlbExecutionContext context, TestDescriptor descriptor, SkipResult skip) {
    result = null;
  }

  @Override
  public void nodeFinished(VlbExecutionContext context, TestDescriptor descriptor, TestExecutionResult outcome) {
    result = null;
  }

  @Override
  public VlbExecutionContext execute(VlbExecutionContext context, DynamicTestExecutor dynamicTests) {
    context.suite().record(result);
    // here, on the thread that reports the variant between its start and finish: Allure finds the test there
    AllureReporter.onClassPath().report(context.suite().labels(), result);
    switch (result.outcome()) {
      case PASSED, SKIPPED -> {
        return context;
      }
      case FAILED -> throw wrongAnswer();
      case NOT_GENERATED -> throw new NotGenerated(result.reason());
      case ERROR -> throw new InfrastructureException(
          "Infrastructure error on " + result.item().id() + " [" + result.chain().id() + "], not counted as a wrong answer: "
              + result.reason());
    }
    return context;
  }

  /**
   * One line, so that a run's thousands of wrong answers stay one line each in Surefire's list and in an
   * IDE's tree; the whole reply stays in the failure's actual value (the IDE's diff) and in the journal.
   */
  private WrongAnswer wrongAnswer() {
    StringBuilder message = new StringBuilder()
        .append("Wrong answer to ").append(result.item().id()).append(" [").append(result.chain().id()).append("]: ")
        .append("expected '").append(result.item().expected()).append("' but was '").append(oneLine(result.actual()))
        .append('\'');
    if (!result.score().extracted().isEmpty()) {
      message.append(" (extracted '").append(result.score().extracted()).append("')");
    }
    message.append("; question: ").append(oneLine(result.question()));
    if (!result.reason().isEmpty()) {
      message.append("; reason: ").append(oneLine(result.reason()));
    }
    return new WrongAnswer(message.toString(), result.item().expected(), result.actual());
  }

  /** Line breaks as spaces, and at most {@value #SHOWN} characters of it. */
  private static String oneLine(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= SHOWN ? flat : flat.substring(0, SHOWN) + "…";
  }
}
