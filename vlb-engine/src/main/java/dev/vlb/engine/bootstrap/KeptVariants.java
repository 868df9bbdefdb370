package dev.vlb.engine.bootstrap;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.spi.Sample;
import dev.vlb.engine.configuration.VariantReuse;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where variants are kept between runs (the variant store), as the generator sees it: a variant found
 * there is not generated again, and one generated is kept for every later run and model.
 */
@API(status = INTERNAL, since = "0.1")
public interface KeptVariants {

  /** {@code REUSE}, {@code REGENERATE} or {@code FROZEN}. */
  VariantReuse mode();

  /** The kept variants of one item; its content, not its id or position, identifies them. */
  Item forItem(Sample original, String category);

  /** The kept variants of one item, by chain. Reading and keeping may touch the disk: call on a worker. */
  @API(status = INTERNAL, since = "0.1")
  interface Item {

    /** The kept outcome of the chain; empty when none is kept (or it was damaged, with a warning). */
    Optional<Generation> find(Chain chain);

    /** Keeps a chain's outcome, as the mode says (in place of an earlier one when regenerating). */
    void keep(Chain chain, Generation generation);

    /** The key the chain's variant is kept under, as recorded with results. */
    String key(Chain chain);
  }
}
