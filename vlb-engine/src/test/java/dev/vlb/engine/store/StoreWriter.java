package dev.vlb.engine.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.Generation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes entries into a store from another JVM: {@code STORE FROM COUNT IMAGE_BYTES [PLAN_BYTES]},
 * entry {@code i} being {@link #expected} of {@code i}. Prints {@code done} when all are written.
 */
public final class StoreWriter {

  private StoreWriter() {}

  public static void main(String[] args) throws Exception {
    VariantStore store = VariantStore.open(Path.of(args[0]));
    int from = Integer.parseInt(args[1]);
    int count = Integer.parseInt(args[2]);
    int imageBytes = Integer.parseInt(args[3]);
    int planBytes = args.length > 4 ? Integer.parseInt(args[4]) : 0;
    for (int i = from; i < from + count; i++) {
      store.put(key(i), expected(i, imageBytes, planBytes));
    }
    System.out.println("done");
  }

  static Sample original(int i) {
    return TestVariants.original(i, TestVariants.bytes(i, 2_000));
  }

  static VariantKey key(int i) {
    return TestVariants.key(original(i), TestVariants.V1_L4);
  }

  static Generation expected(int i, int imageBytes) {
    return expected(i, imageBytes, 0);
  }

  /** With {@code planBytes > 0}, the first step's plan carries that many characters of reasoning. */
  static Generation expected(int i, int imageBytes, int planBytes) {
    Generation.Generated added = TestVariants.added(original(i), TestVariants.bytes(1_000_000L + i, imageBytes));
    if (planBytes == 0) {
      return added;
    }
    List<Generation.Step> steps = new ArrayList<>(added.steps());
    Generation.Step first = steps.get(0);
    ObjectNode plan = ((ObjectNode) first.plan().orElseThrow()).deepCopy().put("reason", "x".repeat(planBytes) + i);
    steps.set(0, new Generation.Step(first.strategy(), first.attempt(), first.maker(), Optional.of(plan), first.edit()));
    return new Generation.Generated(added.sample(), added.attempts(), added.verdicts(), added.judged(), steps);
  }
}
