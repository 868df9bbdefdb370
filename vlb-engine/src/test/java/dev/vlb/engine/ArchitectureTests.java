package dev.vlb.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apiguardian.api.API;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direction of dependencies, stated so no one has to remember it: values flow down the data path
 * (suite definition -> discovery -> descriptors -> execution -> results <- report), the public API
 * knows nothing of the engine, and the embedded world and reference model are reached only through
 * their service registrations. What is public says how far a user may rely on it.
 */
class ArchitectureTests {

  private static final String[] EMBEDDED = {"dev.vlb.engine.world..", "dev.vlb.engine.model.reference.."};

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.vlb");
  }

  @Test
  void noPackagesOfTheEngineDependOnEachOtherInACircle() {
    slices().matching("dev.vlb.engine.(**)").should().beFreeOfCycles().check(classes);
  }

  /** The engine class itself sits on top: nothing below may import it, so no cycle runs through it. */
  @Test
  void nothingDependsOnTheEngineClass() {
    noClasses().that().resideOutsideOfPackage("dev.vlb.engine")
        .should().dependOnClassesThat().resideInAPackage("dev.vlb.engine")
        .check(classes);
  }

  @Test
  void thePublicApiKnowsNothingOfTheEngine() {
    noClasses().that().resideInAPackage("dev.vlb.api..")
        .should().dependOnClassesThat().resideInAPackage("dev.vlb.engine..")
        .check(classes);
  }

  @Test
  void theCoreReachesTheEmbeddedWorldAndReferenceModelOnlyThroughTheirRegistration() {
    noClasses().that().resideInAPackage("dev.vlb.engine..").and().resideOutsideOfPackages(EMBEDDED)
        .should().dependOnClassesThat().resideInAnyPackage(EMBEDDED)
        .check(classes);
  }

  @Test
  void theReferenceModelNeverReadsTheWorldsGroundTruthNorTheEngineBelowIt() {
    noClasses().that().resideInAPackage("dev.vlb.engine.model.reference..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.vlb.engine.world..", "dev.vlb.engine.scoring..",
            "dev.vlb.engine.dataset..", "dev.vlb.engine.bootstrap..")
        .check(classes);
  }

  @Test
  void resultsAndReportsDependOnNothingAboveThem() {
    noClasses().that().resideInAnyPackage("dev.vlb.engine.result..", "dev.vlb.engine.report..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.vlb.engine.execution..", "dev.vlb.engine.descriptor..",
            "dev.vlb.engine.discovery..", "dev.vlb.engine.suite..", "dev.vlb.engine.model..")
        .check(classes);
  }

  /**
   * Public is not a promise by itself: a type that other packages (or the service loader) need is public,
   * and its {@code @API} status tells users whether they may rely on it or it is the engine's own.
   */
  @Test
  void everyPublicTypeOfTheEngineStatesItsApiStatus() {
    classes().that().resideInAPackage("dev.vlb.engine..").and().arePublic().and().areTopLevelClasses()
        .should().beAnnotatedWith(API.class)
        .check(classes);
  }
}
