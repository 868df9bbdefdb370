package dev.vlb.engine.descriptor;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.execution.VlbExecutionContext;
import dev.vlb.engine.result.VariantResult;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * One dataset item: {@code [item:<sample id>]}, named {@code <id> · <question>}. Its variants are
 * registered as dynamic tests when their results are in; a malformed or unreadable item fails on its
 * own, naming the file, line or sample id.
 */
@API(status = INTERNAL, since = "0.1")
public final class ItemDescriptor extends AbstractTestDescriptor implements Node<VlbExecutionContext> {

  public static final String SEGMENT_TYPE = "item";
  private static final int MAX_QUESTION_LENGTH = 80;

  private final String itemId;
  private final String problem;
  private final Set<String> variants;

  private ItemDescriptor(UniqueId uniqueId, String itemId, String displayName, TestSource source, String problem,
      Set<String> variants) {
    super(uniqueId, displayName, source);
    this.itemId = itemId;
    this.problem = problem;
    this.variants = variants == null ? null : Set.copyOf(variants);
  }

  /**
   * @param variants the chain ids selected, or {@code null} for all of them
   */
  public static ItemDescriptor of(UniqueId suiteId, String itemId, String question, TestSource source, Set<String> variants) {
    return new ItemDescriptor(suiteId.append(SEGMENT_TYPE, itemId), itemId, displayName(itemId, question), source, null, variants);
  }

  /** An item the dataset could not turn into a sample; it fails with the problem. */
  public static ItemDescriptor malformed(UniqueId suiteId, String itemId, TestSource source, String problem) {
    return new ItemDescriptor(suiteId.append(SEGMENT_TYPE, itemId), itemId, itemId + " · malformed", source, problem, null);
  }

  static String displayName(String itemId, String question) {
    String oneLine = question.strip().replaceAll("\\s+", " ");
    if (oneLine.length() > MAX_QUESTION_LENGTH) {
      oneLine = oneLine.substring(0, MAX_QUESTION_LENGTH - 1) + "…";
    }
    return itemId + " · " + oneLine;
  }

  public String itemId() {
    return itemId;
  }

  boolean isRunnable() {
    return problem == null;
  }

  Predicate<Chain> variantFilter() {
    return variants == null ? chain -> true : chain -> variants.contains(chain.id());
  }

  @Override
  public Type getType() {
    return Type.CONTAINER;
  }

  /** Variants are registered during execution, so discovery must not prune an item as empty. */
  @Override
  public boolean mayRegisterTests() {
    return true;
  }

  @Override
  public VlbExecutionContext execute(VlbExecutionContext context, DynamicTestExecutor dynamicTests) throws Exception {
    if (problem != null) {
      context.suite().recordItemError(itemId, problem);
      throw new MalformedItemException(problem);
    }
    try {
      for (VariantResult result : awaitResults(context)) {
        VariantDescriptor variant = VariantDescriptor.of(getUniqueId(), result, getSource().orElse(null));
        addChild(variant);
        dynamicTests.execute(variant);
      }
      dynamicTests.awaitFinished();
    } finally {
      context.suite().reported(itemId);
    }
    return context;
  }

  private List<VariantResult> awaitResults(VlbExecutionContext context) throws Exception {
    try {
      return context.suite().await(itemId);
    } catch (Exception e) {
      context.suite().recordItemError(itemId, e.getMessage());
      throw e;
    }
  }
}
