package dk.kreds.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.util.Set;

/**
 * The rules Maven's module graph cannot express. Each one has been broken once on purpose and seen
 * to fail (docs/decisions/0002-architecture-rules.md). {@code archRule.failOnEmptyShould} is on
 * (src/test/resources/archunit.properties), so a rule whose packages hold no class fails too.
 */
@AnalyzeClasses(packages = "dk.kreds", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String DOMAIN = "dk.kreds.domain..";
  private static final String APPLICATION = "dk.kreds.application..";
  private static final String PORT_IN = "dk.kreds.application.port.in..";
  private static final String SERVICE = "dk.kreds.application.service..";
  private static final String ADAPTERS = "dk.kreds.adapter..";
  private static final String APP = "dk.kreds.app..";
  /** The composition root: the classes directly in this package build everything with new. */
  private static final String WIRING = "dk.kreds.app";

  // (a)
  @ArchTest
  static final ArchRule domainDependsOnlyOnItselfAndTheJdk =
      classes()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(DOMAIN, "java..")
          .because("the domain is a dependency-free model that others embed");

  // (b)
  @ArchTest
  static final ArchRule applicationDependsOnlyOnDomainAndAFewLibraries =
      classes()
          .that()
          .resideInAPackage(APPLICATION)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(DOMAIN, APPLICATION, "java..", "javax.crypto..", "org.slf4j..", "com.google.common..")
          .because("use cases carry no framework; adapters bring the technology (javax.crypto is the JDK's own,"
              + " in java.base: password hashing)");

  // (c)
  @ArchTest
  static final ArchRule adaptersDoNotDependOnEachOther =
      slices()
          .matching("dk.kreds.adapter.(*)..")
          .should()
          .notDependOnEachOther()
          .because("each adapter talks to the core through ports; only app puts them together");

  // (d)
  @ArchTest
  static final ArchRule onlyTheWiringSeesServices =
      noClasses()
          .that()
          .resideInAnyPackage(ADAPTERS, APP)
          .and()
          .resideOutsideOfPackage(WIRING)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(SERVICE)
          .because(
              "adapters drive use cases through application.port.in and are driven through"
                  + " application.port.out; only the wiring in "
                  + WIRING
                  + " creates services");

  // (e)
  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("dk.kreds.(**)").should().beFreeOfCycles();

  // (f) A use case is a top-level interface in port.in that is not sealed: a sealed interface
  // there is a closed set of results the caller branches on (STYLE: "a sealed result").
  @ArchTest
  static final ArchRule useCasesAreNamedUseCase =
      classes()
          .that()
          .resideInAPackage(PORT_IN)
          .and()
          .areInterfaces()
          .and()
          .areTopLevelClasses()
          .and(describe("are not sealed", (JavaClass type) -> !type.reflect().isSealed()))
          .should()
          .haveSimpleNameEndingWith("UseCase")
          .because("a use case is named for what the user does, e.g. InviteActorsUseCase");

  // (f)
  @ArchTest
  static final ArchRule useCaseImplementationsAreNamedService =
      classes()
          .that()
          .resideInAPackage(SERVICE)
          .and()
          .implement(simpleNameEndingWith("UseCase"))
          .should()
          .haveSimpleNameEndingWith("Service")
          .because("InviteActorsUseCase is implemented by InviteActorsService");

  // (f)
  @ArchTest
  static final ArchRule commandsAreRecords =
      classes()
          .that()
          .resideInAPackage(PORT_IN)
          .and()
          .haveSimpleNameEndingWith("Command")
          .should()
          .beRecords()
          .because("a command is an immutable value that checks itself in its compact constructor");

  // (g)
  @ArchTest
  static final ArchRule domainHoldsNoClock =
      noFields()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage(DOMAIN)
          .should()
          .haveRawType(Clock.class)
          .because("time enters the domain as a parameter (Instant now); services hold the Clock");

  private static final Set<String> SYSTEM_TIME_METHODS = Set.of("currentTimeMillis", "nanoTime");

  private static final DescribedPredicate<JavaAccess<?>> READING_THE_SYSTEM_CLOCK =
      describe(
          "is a now() of java.time or System.currentTimeMillis/nanoTime",
          (JavaAccess<?> access) -> {
            AccessTarget target = access.getTarget();
            JavaClass owner = target.getOwner();
            return target.getName().equals("now") && owner.getPackageName().equals("java.time")
                || owner.isEquivalentTo(System.class) && SYSTEM_TIME_METHODS.contains(target.getName());
          });

  // (g) calls and method references (Instant::now) alike
  @ArchTest
  static final ArchRule domainReadsNoClock =
      noClasses()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .accessTargetWhere(READING_THE_SYSTEM_CLOCK)
          .because("time enters the domain as a parameter (Instant now), so tests can fix it");

  // (h) Maven enforces this between modules; here it holds for packages too, wherever they live.
  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Domain")
          .definedBy(DOMAIN)
          .layer("Application")
          .definedBy(APPLICATION)
          .layer("Adapters")
          .definedBy(ADAPTERS)
          .layer("App")
          .definedBy(APP)
          .whereLayer("App")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Adapters")
          .mayOnlyBeAccessedByLayers("App")
          .whereLayer("Application")
          .mayOnlyBeAccessedByLayers("Adapters", "App")
          .whereLayer("Domain")
          .mayOnlyBeAccessedByLayers("Application", "Adapters", "App");
}
