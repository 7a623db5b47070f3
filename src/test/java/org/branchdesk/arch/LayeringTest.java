package org.branchdesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.function.Function;
import org.branchdesk.store.Store;

/** The arrows of docs/ARCHITECTURE.md, checked on the compiled classes. */
@AnalyzeClasses(packages = "org.branchdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule domainDependsOnTheJdkOnly =
            classes()
                    .that()
                    .resideInAPackage("org.branchdesk.domain..")
                    .should()
                    .onlyDependOnClassesThat()
                    .resideInAnyPackage("java..", "org.branchdesk.domain..")
                    .because(
                            "domain holds the rules a clerk recognises: no JavaFX, no jOOQ, no I/O framework");

    @ArchTest
    static final ArchRule domainDoesNoIo =
            noClasses()
                    .that()
                    .resideInAPackage("org.branchdesk.domain..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("java.io..", "java.nio..", "java.sql..", "java.net..")
                    .because("reading and writing belong to store, service and exchange");

    @ArchTest
    static final ArchRule storeKnowsNothingAbove =
            noClasses()
                    .that()
                    .resideInAPackage("org.branchdesk.store..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "org.branchdesk.service..",
                            "org.branchdesk.ui..",
                            "org.branchdesk.cli..",
                            "org.branchdesk.app..",
                            "javafx..");

    @ArchTest
    static final ArchRule servicesDoNotSeeUiOrSql =
            noClasses()
                    .that()
                    .resideInAPackage("org.branchdesk.service..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "org.branchdesk.ui..",
                            "org.branchdesk.cli..",
                            "org.branchdesk.app..",
                            "javafx..",
                            "org.jooq..",
                            "java.sql..");

    @ArchTest
    static final ArchRule uiGoesThroughServices =
            noClasses()
                    .that()
                    .resideInAPackage("org.branchdesk.ui..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "org.branchdesk.store..",
                            "org.jooq..",
                            "org.flywaydb..",
                            "org.h2..",
                            "java.sql..",
                            "org.branchdesk.cli..",
                            "org.branchdesk.app..")
                    .because("a View or ViewModel changes data only through services");

    @ArchTest
    static final ArchRule viewsDoNotTouchTheStore =
            noClasses()
                    .that()
                    .haveSimpleNameEndingWith("View")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("org.branchdesk.store..", "org.jooq..");

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes =
            noClasses()
                    .that()
                    .haveSimpleNameEndingWith("ViewModel")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("javafx.scene..", "javafx.stage..")
                    .because("a ViewModel is testable with plain JUnit");

    @ArchTest
    static final ArchRule cliUsesServicesNotTheWindow =
            noClasses()
                    .that()
                    .resideInAPackage("org.branchdesk.cli..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "javafx..",
                            "org.branchdesk.ui..",
                            "org.branchdesk.store..",
                            "org.branchdesk.app..",
                            "org.jooq..");

    @ArchTest
    static final ArchRule everyChangeChecksTheRole =
            noClasses()
                    .that()
                    .resideOutsideOfPackage("org.branchdesk.store..")
                    .and()
                    .doNotHaveFullyQualifiedName("org.branchdesk.service.access.Access")
                    .should()
                    .callMethod(Store.class, "write", Function.class)
                    .because(
                            "every change goes through Access, which checks the account's role first");

    @ArchTest
    static final ArchRule onlyAccountsWriteWithoutARole =
            noClasses()
                    .that()
                    .doNotHaveFullyQualifiedName("org.branchdesk.service.accounts.AccountService")
                    .and()
                    .doNotHaveFullyQualifiedName("org.branchdesk.service.access.Access")
                    .should()
                    .callMethodWhere(
                            JavaCall.Predicates.target(HasName.Predicates.name("writeOwn")))
                    .because(
                            "a write without a role's permission is only for an account's own password");

    @ArchTest
    static final ArchRule noCycles =
            SlicesRuleDefinition.slices()
                    .matching("org.branchdesk.(*)..")
                    .should()
                    .beFreeOfCycles();

    /**
     * Inside each layer, one package per capability ({@code service.members}, {@code store.orgs},
     * …) and a few shared ones ({@code service.importing}, {@code service.registers}, …). A
     * capability may use another's public types, but never in a circle: a newcomer can then read
     * one capability without reading the others first.
     */
    @ArchTest
    static final ArchRule capabilitiesDoNotDependOnEachOtherInACircle =
            slices().matching("org.branchdesk.(*).(*)..")
                    .namingSlices("$1.$2")
                    .should()
                    .beFreeOfCycles()
                    .because(
                            "a capability uses another only through its public API, never in a cycle");

    /**
     * Helpers that only one capability needs live in its {@code internal} package, which no other
     * capability imports.
     */
    @ArchTest
    static final ArchRule internalPackagesStayInsideTheirCapability =
            classes()
                    .should(
                            new ArchCondition<JavaClass>(
                                    "use no other capability's internal package") {
                                @Override
                                public void check(JavaClass origin, ConditionEvents events) {
                                    for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                                        String target = d.getTargetClass().getPackageName();
                                        int at = target.indexOf(".internal");
                                        if (target.startsWith("org.branchdesk.")
                                                && at > 0
                                                && !origin.getPackageName()
                                                        .startsWith(target.substring(0, at))) {
                                            events.add(
                                                    SimpleConditionEvent.violated(
                                                            d, d.getDescription()));
                                        }
                                    }
                                }
                            });

    private static final String[] CAPABILITY_SERVICES = {
        "org.branchdesk.service.accounts..", "org.branchdesk.service.backups..",
                "org.branchdesk.service.coverage..",
        "org.branchdesk.service.demo..", "org.branchdesk.service.documents..",
                "org.branchdesk.service.households..",
        "org.branchdesk.service.members..", "org.branchdesk.service.office..",
                "org.branchdesk.service.orgs..",
        "org.branchdesk.service.places..", "org.branchdesk.service.surveys..",
                "org.branchdesk.service.units..",
        "org.branchdesk.service.leadership..", "org.branchdesk.service.duty..",
                "org.branchdesk.service.care..",
        "org.branchdesk.service.exchange.."
    };

    /** The shared packages serve every capability and so may depend on none of them. */
    @ArchTest
    static final ArchRule sharedPackagesKnowNoCapability =
            noClasses()
                    .that()
                    .resideInAnyPackage(
                            "org.branchdesk.service.access..",
                            "org.branchdesk.service.importing..",
                            "org.branchdesk.service.sheets..",
                            "org.branchdesk.service.registers..",
                            "org.branchdesk.service.paper..",
                            "org.branchdesk.domain.common..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(CAPABILITY_SERVICES)
                    .because(
                            "shared machinery that knew a capability would tie every capability to it");
}
