package dev.vlb.engine.store;

import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.Generation;
import java.nio.file.Path;

/**
 * Writes entries into a store from another JVM: {@code STORE FROM COUNT IMAGE_BYTES}, entry {@code i}
 * being {@link #expected} of {@code i}. Prints {@code done} when all are written.
 */
public final class StoreWriter {

  private StoreWriter() {}

  public static void main(String[] args) throws Exception {
    VariantStore store = VariantStore.open(Path.of(args[0]));
    int from = Integer.parseInt(args[1]);
    int count = Integer.parseInt(args[2]);
    int imageBytes = Integer.parseInt(args[3]);
    for (int i = from; i < from + count; i++) {
      store.put(key(i), expected(i, imageBytes));
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
    return TestVariants.added(original(i), TestVariants.bytes(1_000_000L + i, imageBytes));
  }
}
