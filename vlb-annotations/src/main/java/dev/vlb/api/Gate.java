package dev.vlb.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Release rules for a suite, checked by its {@code [gate]} test once every variant has run, by the same
 * rules as the build's {@code vlb:check}. Wrong answers alone never fail the gate; a rule does, and so
 * does an incomplete evaluation (infrastructure errors). A rule judges only rows of at least
 * {@code vlb.gate.min-sample} (30) answered variants.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Gate {

  /**
   * The least pass rate the model must reach (0..1): over all answered variants, and on vanilla, each
   * strategy alone and each level; 0 for no such rule.
   */
  double minPassRate() default 0.0;

  /** The largest drop of a strategy's (alone) or a level's pass rate below vanilla's (0..1); 1 for no such rule. */
  double maxDropVsVanilla() default 1.0;
}
