package dev.vlb.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.vlb.api.spi.VisionLanguageModel;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.platform.commons.annotation.Testable;

/**
 * Marks a class as a VLB benchmark suite: the engine reads the named dataset, expands every item into
 * bootstrapped variants and asks the model under test about each of them.
 *
 * <pre>{@code
 * @Benchmark(dataset = "synthetic", limit = 100, seed = 7)
 * @ImageBootstraps({ADD_OBJECT, REMOVE_OBJECT, OUTPAINT})
 * @QuestionBootstraps({WORD_SUBSTITUTION, REPHRASE, RELEVANT_CONTEXT, IRRELEVANT_CONTEXT})
 * @Composition(CompositionMode.PAIRED)
 * class SyntheticRobustnessTests {}
 * }</pre>
 *
 * <p>The model under test, the judge and the editors come from {@code vlb.*} configuration parameters;
 * when none is set the embedded reference model answers.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Documented
@Testable
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Benchmark {

  /** The dataset id, e.g. {@code synthetic}, {@code mmbench}, {@code mme}, {@code jsonl}. */
  String dataset();

  /**
   * Where the dataset lives: a file or folder, relative to the working directory, or a classpath
   * resource prefixed with {@code classpath:}. The synthetic world needs none.
   */
  String source() default "";

  /** At most this many items, in dataset order; {@code 0} means all of them. */
  int limit() default 0;

  /** Seed for everything random: generated scenes, bootstrap choices, regenerations. */
  long seed() default 42L;

  /**
   * A model implementation to use instead of the configured one; it needs a public no-argument
   * constructor. The default, {@link VisionLanguageModel} itself, means "from configuration".
   */
  Class<? extends VisionLanguageModel> model() default VisionLanguageModel.class;
}
