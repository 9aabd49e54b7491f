package org.officina.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The rules of the rings and the contexts (docs/architecture.md), over the classes of every module.
 */
@AnalyzeClasses(packages = "org.officina", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String BASE = "org.officina.";

  /** Shared by every context: JDBC plumbing, converters, error types. */
  private static final String SHARED_KERNEL = "shared";

  @ArchTest
  static final ArchRule models_know_nothing_of_the_container =
      noClasses()
          .that()
          .resideInAPackage("org.officina..model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.ejb..",
              "jakarta.enterprise..",
              "jakarta.inject..",
              "jakarta.jms..",
              "jakarta.batch..",
              "jakarta.faces..",
              "jakarta.servlet..",
              "jakarta.ws.rs..")
          .orShould()
          .dependOnClassesThat()
          .haveNameMatching("jakarta\\.persistence\\.EntityManager.*");

  @ArchTest
  static final ArchRule models_do_not_reach_into_services_or_infrastructure =
      noClasses()
          .that()
          .resideInAPackage("org.officina..model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.officina..application..", "org.officina..infrastructure..");

  /**
   * Use cases see storage, files and messages only through their model's interfaces, so that what
   * stores them can change without touching a use case. Pages, resources and jobs are adapters
   * themselves: they may use their own context's file formats (the rule below keeps them out of
   * other contexts').
   */
  @ArchTest
  static final ArchRule application_does_not_depend_on_infrastructure =
      noClasses()
          .that()
          .resideInAPackage("org.officina..application..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.officina..infrastructure..");

  @ArchTest
  static final ArchRule contexts_do_not_use_each_others_repositories =
      classes().should(useNoRepositoryOfAnotherContext());

  private static ArchCondition<JavaClass> useNoRepositoryOfAnotherContext() {
    return new ArchCondition<>("use no repository or infrastructure of another context") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass();
          if (isRepositoryOrInfrastructure(target) && !context(target).equals(context(origin))) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  /**
   * A repository is a model interface whose implementation lives in the infrastructure of its
   * context.
   */
  private static boolean isRepositoryOrInfrastructure(JavaClass type) {
    if (!type.getPackageName().startsWith(BASE) || context(type).equals(SHARED_KERNEL)) {
      return false;
    }
    if (type.getPackageName().contains(".infrastructure")) {
      return true;
    }
    return type.isInterface()
        && type.getPackageName().endsWith(".model")
        && type.getAllSubclasses().stream()
            .anyMatch(s -> s.getPackageName().contains(".infrastructure"));
  }

  private static String context(JavaClass type) {
    String rest =
        type.getPackageName().substring(Math.min(type.getPackageName().length(), BASE.length()));
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
