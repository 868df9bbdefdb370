package dev.vlb.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Release rules for a suite, checked by its {@code [gate]} test once every variant has run. Wrong
 * answers alone never fail the gate; a rule does.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Gate {

  /** The least pass rate, over all answered variants, that the model must reach (0..1). */
  double minPassRate() default 0.0;

  /** The largest drop of any strategy's or level's pass rate below vanilla's (0..1). */
  double maxDropVsVanilla() default 1.0;
}
