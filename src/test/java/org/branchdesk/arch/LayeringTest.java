package org.branchdesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The arrows of docs/ARCHITECTURE.md, checked on the compiled classes. */
@AnalyzeClasses(packages = "org.branchdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule domainDependsOnTheJdkOnly = classes().that().resideInAPackage("org.branchdesk.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.branchdesk.domain..")
            .because("domain holds the rules a clerk recognises: no JavaFX, no jOOQ, no I/O framework");

    @ArchTest
    static final ArchRule domainDoesNoIo = noClasses().that().resideInAPackage("org.branchdesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.sql..", "java.net..")
            .because("reading and writing belong to store, service and exchange");

    @ArchTest
    static final ArchRule storeKnowsNothingAbove = noClasses().that().resideInAPackage("org.branchdesk.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.branchdesk.service..", "org.branchdesk.ui..",
                    "org.branchdesk.cli..", "org.branchdesk.app..", "javafx..");

    @ArchTest
    static final ArchRule servicesDoNotSeeUiOrSql = noClasses().that().resideInAPackage("org.branchdesk.service..")
            .should().dependOnClassesThat().resideInAnyPackage("org.branchdesk.ui..", "org.branchdesk.cli..",
                    "org.branchdesk.app..", "javafx..", "org.jooq..", "java.sql..");

    @ArchTest
    static final ArchRule uiGoesThroughServices = noClasses().that().resideInAPackage("org.branchdesk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.branchdesk.store..", "org.jooq..",
                    "org.flywaydb..", "org.h2..", "java.sql..", "org.branchdesk.cli..", "org.branchdesk.app..")
            .because("a View or ViewModel changes data only through services");

    @ArchTest
    static final ArchRule viewsDoNotTouchTheStore = noClasses().that().haveSimpleNameEndingWith("View")
            .should().dependOnClassesThat().resideInAnyPackage("org.branchdesk.store..", "org.jooq..");

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("a ViewModel is testable with plain JUnit");

    @ArchTest
    static final ArchRule cliUsesServicesNotTheWindow = noClasses().that().resideInAPackage("org.branchdesk.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.branchdesk.ui..",
                    "org.branchdesk.store..", "org.branchdesk.app..", "org.jooq..");

    @ArchTest
    static final ArchRule everyChangeChecksTheRole = noClasses().that().resideOutsideOfPackage("org.branchdesk.store..")
            .and().doNotHaveFullyQualifiedName("org.branchdesk.service.Access")
            .should().callMethod(org.branchdesk.store.Store.class, "write", java.util.function.Function.class)
            .because("every change goes through Access, which checks the account's role first");

    @ArchTest
    static final ArchRule onlyAccountsWriteWithoutARole = noClasses()
            .that().doNotHaveFullyQualifiedName("org.branchdesk.service.AccountService")
            .and().doNotHaveFullyQualifiedName("org.branchdesk.service.Access")
            .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("writeOwn")))
            .because("a write without a role's permission is only for an account's own password");

    @ArchTest
    static final ArchRule noCycles = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
            .matching("org.branchdesk.(*)..").should().beFreeOfCycles();
}
