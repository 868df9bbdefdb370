package dev.vlb.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.vlb.api.spi.ImageEditor;
import dev.vlb.api.spi.Judge;
import dev.vlb.api.spi.QuestionRewriter;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The suite's own bootstrapping components, each created once per suite run with its public
 * no-argument constructor. A class the engine cannot create that way is reported at discovery.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BootstrapWith {

  /** Image editors, tried in order before the dataset's own for each image strategy they support. */
  Class<? extends ImageEditor>[] editors() default {};

  /** Question rewriters, tried in order before the dataset's own and the built-in offline ones. */
  Class<? extends QuestionRewriter>[] rewriters() default {};

  /** The judge of every variant, instead of the dataset's; {@code Judge.class} keeps the dataset's. */
  Class<? extends Judge> judge() default Judge.class;
}
