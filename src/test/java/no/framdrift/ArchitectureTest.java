package no.framdrift;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;
import java.util.Set;

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

    /** The feature folders of the window; {@code ui.shell} composes them and may use them all. */
    static final List<String> UI_FEATURES = List.of("catalogue", "values", "chart", "imports", "overview", "map", "site");

    /** What a feature's tab may take from the catalogue: the indicator pane's tab contract. */
    static final Set<String> TAB_CONTRACT = Set.of("no.framdrift.ui.catalogue.IndicatorContext",
            "no.framdrift.ui.catalogue.IndicatorTabFactory", "no.framdrift.ui.catalogue.IndicatorEditorViewModel",
            // the area one tab (the map) hands to another (the Diagram tab) through the context
            "no.framdrift.ui.catalogue.SelectedArea");

    @ArchTest
    static final ArchRule aFeatureUsesNoOtherFeaturesView = CompositeArchRule.of(UI_FEATURES.stream()
            .map(feature -> noClasses().that().resideInAPackage("no.framdrift.ui." + feature + "..")
                    .should().dependOnClassesThat(anotherFeature(feature))
                    .allowEmptyShould(true))
            .map(ArchRule.class::cast).toList());

    private static DescribedPredicate<JavaClass> anotherFeature(String feature) {
        return DescribedPredicate.describe("belong to another feature of ui than " + feature, c -> {
            String pkg = c.getPackageName();
            String name = c.getName().replaceAll("\\$.*", "");
            return UI_FEATURES.stream().filter(f -> !f.equals(feature))
                    .anyMatch(f -> pkg.equals("no.framdrift.ui." + f) || pkg.startsWith("no.framdrift.ui." + f + "."))
                    && !TAB_CONTRACT.contains(name);
        });
    }

    @ArchTest
    static final ArchRule noCycles = slices().matching("no.framdrift.(*)..").should().beFreeOfCycles();
}
