package dev.vlb.engine.store;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.Sample;
import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.bootstrap.Generation;
import dev.vlb.engine.bootstrap.KeptVariants;
import dev.vlb.engine.configuration.VariantReuse;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The variant store in front of a suite's generator: each chain of an item is kept under the key of the
 * item's content, the chain and the generator's fingerprint.
 */
@API(status = INTERNAL, since = "0.1")
public final class StoredVariants implements KeptVariants {

  private final VariantStore store;
  private final VariantReuse mode;
  private final SortedMap<String, String> fingerprint;

  private StoredVariants(VariantStore store, VariantReuse mode, SortedMap<String, String> fingerprint) {
    this.store = store;
    this.mode = mode;
    this.fingerprint = fingerprint;
  }

  /**
   * @param mode {@code REUSE}, {@code REGENERATE} or {@code FROZEN}
   * @param fingerprint everything beside the item and chain that decides a variant
   */
  public static StoredVariants of(VariantStore store, VariantReuse mode, SortedMap<String, String> fingerprint) {
    if (mode == VariantReuse.OFF) {
      throw new IllegalArgumentException("With vlb.variants=off no variants are kept");
    }
    return new StoredVariants(store, mode, Collections.unmodifiableSortedMap(new TreeMap<>(fingerprint)));
  }

  @Override
  public VariantReuse mode() {
    return mode;
  }

  @Override
  public Item forItem(Sample original, String category) {
    VariantKey.Item item = VariantKey.Item.of(original, category);
    return new Item() {
      @Override
      public Optional<Generation> find(Chain chain) {
        return store.get(item.key(chain, fingerprint));
      }

      @Override
      public void keep(Chain chain, Generation generation) {
        if (mode == VariantReuse.REGENERATE) {
          store.replace(item.key(chain, fingerprint), generation);
        } else if (mode == VariantReuse.REUSE) {
          store.put(item.key(chain, fingerprint), generation);
        }
      }

      @Override
      public String key(Chain chain) {
        return item.key(chain, fingerprint).hex();
      }
    };
  }
}
