package dev.vlb.engine.suite;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.vlb.api.Benchmark;
import dev.vlb.api.CircularEval;
import dev.vlb.api.Composition;
import dev.vlb.api.CompositionMode;
import dev.vlb.api.Gate;
import dev.vlb.api.ImageBootstraps;
import dev.vlb.api.ImageStrategy;
import dev.vlb.api.QuestionBootstraps;
import dev.vlb.api.QuestionStrategy;
import dev.vlb.api.spi.VisionLanguageModel;
import dev.vlb.engine.bootstrap.Chain;
import dev.vlb.engine.bootstrap.Compositions;
import dev.vlb.engine.configuration.EngineConfiguration;
import dev.vlb.engine.configuration.InvalidConfigurationException;
import dev.vlb.engine.result.GateRules;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A {@code @Benchmark} class read into values, with run-wide overrides applied.
 *
 * @param model the suite's own model class; empty when the configured (or embedded) model is used
 * @param components the suite's own editors, rewriters and judge, from {@code @BootstrapWith}
 * @param gate the rules of {@code @Gate}; empty when the suite has none, and then nothing gates it
 * @param selected how much of the suite the run selected, when only part of it (an IDE re-run of an item
 *     or a variant); empty for the whole suite
 */
@API(status = INTERNAL, since = "0.1")
public record SuiteDefinition(
    Class<?> suiteClass,
    String datasetId,
    String source,
    int limit,
    long seed,
    Optional<Class<? extends VisionLanguageModel>> model,
    BootstrapComponents components,
    List<Chain> chains,
    CompositionMode composition,
    boolean circularEval,
    Optional<GateRules> gate,
    Optional<GateRules.Selected> selected) {

  public static boolean isSuite(Class<?> candidate) {
    return candidate.isAnnotationPresent(Benchmark.class);
  }

  /**
   * @throws InvalidConfigurationException naming the class and the bad attribute
   */
  public static SuiteDefinition of(Class<?> suiteClass, EngineConfiguration configuration) {
    Benchmark benchmark = suiteClass.getAnnotation(Benchmark.class);
    String where = "@Benchmark on " + suiteClass.getName();
    if (benchmark.dataset().isBlank()) {
      throw new InvalidConfigurationException(where + ": dataset must not be blank");
    }
    if (benchmark.limit() < 0) {
      throw new InvalidConfigurationException(where + ": limit must be 0 (all) or positive, was " + benchmark.limit());
    }
    Composition composition = suiteClass.getAnnotation(Composition.class);
    CompositionMode mode = composition == null ? CompositionMode.PAIRED : composition.value();
    int maxLevel = composition == null ? 3 : composition.maxLevel();
    if (maxLevel < 1) {
      throw new InvalidConfigurationException("@Composition on " + suiteClass.getName() + ": maxLevel must be at least 1, was " + maxLevel);
    }
    return new SuiteDefinition(
        suiteClass,
        benchmark.dataset(),
        benchmark.source(),
        configuration.limit().orElse(benchmark.limit()),
        configuration.seed().orElse(benchmark.seed()),
        model(benchmark),
        BootstrapComponents.of(suiteClass),
        Compositions.expand(mode, images(suiteClass), questions(suiteClass), maxLevel),
        mode,
        suiteClass.isAnnotationPresent(CircularEval.class),
        gate(suiteClass, configuration),
        Optional.empty());
  }

  private static List<ImageStrategy> images(Class<?> suiteClass) {
    ImageBootstraps annotation = suiteClass.getAnnotation(ImageBootstraps.class);
    return annotation == null ? List.of() : Arrays.asList(annotation.value());
  }

  private static List<QuestionStrategy> questions(Class<?> suiteClass) {
    QuestionBootstraps annotation = suiteClass.getAnnotation(QuestionBootstraps.class);
    return annotation == null ? List.of() : Arrays.asList(annotation.value());
  }

  private static Optional<Class<? extends VisionLanguageModel>> model(Benchmark benchmark) {
    Class<? extends VisionLanguageModel> model = benchmark.model();
    return model == VisionLanguageModel.class
        ? Optional.empty()
        : Optional.of(Instantiable.check(model, "@Benchmark(model = " + model.getName() + ".class)"));
  }

  /**
   * The same suite, for a run that selected only {@code variants} of its {@code of} (an IDE re-run of an
   * item or a variant): its gate is then not evaluated.
   */
  public SuiteDefinition selecting(int variants, int of) {
    return new SuiteDefinition(suiteClass, datasetId, source, limit, seed, model, components, chains, composition,
        circularEval, gate.map(rules -> rules.partial(variants, of)), Optional.of(new GateRules.Selected(variants, of)));
  }

  private static Optional<GateRules> gate(Class<?> suiteClass, EngineConfiguration configuration) {
    Gate gate = suiteClass.getAnnotation(Gate.class);
    if (gate == null) {
      return Optional.empty();
    }
    String where = "@Gate on " + suiteClass.getName();
    return Optional.of(GateRules.of(
        fraction(where, "minPassRate", gate.minPassRate()), fraction(where, "maxDropVsVanilla", gate.maxDropVsVanilla()),
        configuration.gateMinSample(), configuration.gateOnLowerBound()));
  }

  private static double fraction(String where, String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new InvalidConfigurationException(where + ": " + name + " must be from 0 to 1, was " + value);
    }
    return value;
  }
}
