package io.hikeshi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The package map, enforced: features depend on each other in one direction only, Slack stays in the adapter,
 * persistence stays out of the adapters, entities stay in their feature, and the model is reached only through llm.
 */
@Tag("no-database")
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMain() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.hikeshi");
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("io.hikeshi.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void boltAndTheSlackSdkOnlyInTheSlackAdapter() {
        noClasses().that().resideOutsideOfPackage("io.hikeshi.slack..")
                .should().dependOnClassesThat().resideInAPackage("com.slack..")
                .because("features talk to Slack through their ports; slack/ implements them")
                .check(main);
    }

    @Test
    void nothingDependsOnTheSlackAdapter() {
        noClasses().that().resideOutsideOfPackage("io.hikeshi.slack..")
                .should().dependOnClassesThat().resideInAPackage("io.hikeshi.slack..")
                .because("slack/ is an adapter at the edge: it implements the features' ports, they never call it")
                .check(main);
    }

    @Test
    void noPersistenceInTheAdapters() {
        noClasses().that().resideInAnyPackage("io.hikeshi.slack..", "io.hikeshi.web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..",
                        "io.quarkus.hibernate..", "org.hibernate..")
                .because("adapters parse, call one service method and render; features own their data")
                .check(main);
    }

    @Test
    void llmCallsOnlyThroughTheLlmPackage() {
        noClasses().that().resideOutsideOfPackage("io.hikeshi.llm..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.langchain4j..", "io.quarkiverse.langchain4j..")
                .because("the model is reached with redaction, budgets and deadlines in one place")
                .check(main);
    }

    @Test
    void entitiesAreUsedOnlyInsideTheirFeature() {
        ArchRule rule = ArchRuleDefinition.classes().that().areAnnotatedWith(Entity.class)
                .should(beUsedOnlyInTheirOwnPackage());
        rule.check(main);
    }

    private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackage() {
        return new ArchCondition<>("be used only by classes of their own feature package") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                entity.getDirectDependenciesToSelf().stream()
                        .filter(dependency -> !featureOf(dependency.getOriginClass()).equals(featureOf(entity)))
                        .filter(dependency -> OUTSIDE_MAIN.negate().test(dependency.getOriginClass()))
                        .forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency,
                                dependency.getDescription())));
            }
        };
    }

    /** Classes Hibernate and Quarkus generate around an entity live beside it and may use it. */
    private static final DescribedPredicate<JavaClass> OUTSIDE_MAIN = DescribedPredicate.describe(
            "generated", javaClass -> !javaClass.getPackageName().startsWith("io.hikeshi"));

    private static String featureOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        String rest = name.length() > "io.hikeshi.".length() ? name.substring("io.hikeshi.".length()) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
