package no.framdrift;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of DESIGN.md and docs/architecture.md, checked on every build. */
@AnalyzeClasses(packages = "no.framdrift", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnlyOnTheJdk = classes().that().resideInAPackage("no.framdrift.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "no.framdrift.domain..");

    @ArchTest
    static final ArchRule statsDependsOnlyOnTheJdkAndDomain = classes().that().resideInAPackage("no.framdrift.stats..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "no.framdrift.domain..", "no.framdrift.stats..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule javafxOnlyInUiAndReport = noClasses().that().resideOutsideOfPackages(
                    "no.framdrift.ui..", "no.framdrift.report..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule jooqOnlyInStore = noClasses().that().resideOutsideOfPackage("no.framdrift.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.flywaydb..", "org.h2..");

    @ArchTest
    static final ArchRule reportKnowsNoDatabase = noClasses().that().resideInAPackage("no.framdrift.report..")
            .should().dependOnClassesThat().resideInAnyPackage("no.framdrift.store..", "no.framdrift.app..",
                    "no.framdrift.ui..", "no.framdrift.cli..", "no.framdrift.ingest..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule lowerLayersDoNotCallUp = noClasses().that().resideInAnyPackage("no.framdrift.app..",
                    "no.framdrift.ingest..", "no.framdrift.stats..", "no.framdrift.store..", "no.framdrift.report..",
                    "no.framdrift.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("no.framdrift.ui..", "no.framdrift.cli..");

    @ArchTest
    static final ArchRule storeDoesNotCallUseCasesOrReaders = noClasses().that().resideInAPackage("no.framdrift.store..")
            .should().dependOnClassesThat().resideInAnyPackage("no.framdrift.app..", "no.framdrift.ingest..",
                    "no.framdrift.report..");

    @ArchTest
    static final ArchRule uiAndCliDoNotTouchTheStoreDirectly = noClasses().that().resideInAnyPackage(
                    "no.framdrift.ui..", "no.framdrift.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("no.framdrift.store.jooq..", "org.jooq..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("no.framdrift.(*)..").should().beFreeOfCycles();
}
