package dev.vlb.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/** How a suite composes its strategies. Absent means {@link CompositionMode#PAIRED}. */
@API(status = EXPERIMENTAL, since = "0.1")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Composition {
  CompositionMode value();

  /** For {@link CompositionMode#MULTI_STRATEGY}: the largest level (in absolute value) to build. */
  int maxLevel() default 3;
}
