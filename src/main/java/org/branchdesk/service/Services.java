package org.branchdesk.service;

import java.nio.file.Path;
import java.time.Clock;
import org.branchdesk.store.Store;

/**
 * The services of one open office, built once by the composition root and handed to the UI
 * and the command line. Closing it closes the database.
 */
public record Services(
        Path databaseFile,
        Actor actor,
        OfficeService office,
        PlacesService places,
        CompoundImportService compoundImport,
        PartyOrgService orgs,
        OrgImportService orgImport,
        MemberImportService memberImport,
        MemberService members,
        CoverageService coverage,
        SurveyService surveys,
        SurveyItemImportService surveyItemImport,
        UnitService units,
        HouseholdService households,
        HouseholdImportService householdImport,
        DemoService demo,
        DocumentService documents,
        PrivacyService privacy,
        StatsService stats,
        AccountService accounts,
        BackupService backups,
        AutoCloseable closer,
        AutoCloseable printFonts) implements AutoCloseable {

    /**
     * Wires the services of an open store for one actor, with no keyring behind it (tests'
     * temporary offices): accounts and backups are not available. Closing them closes the store.
     */
    public static Services of(Store store, Actor actor) {
        return of(store, actor, store, null, null);
    }

    /**
     * Wires the services; closing them runs {@code closer} (which must close the store). The
     * production path is {@link OfficeAccess}: nothing opens without an account.
     */
    static Services of(Store store, Actor actor, AutoCloseable closer, AccountService accounts,
                       BackupService backups) {
        return of(store, actor, closer, accounts, backups,
                new PrintFonts(store.databaseFile().toAbsolutePath().getParent()));
    }

    /** As above, with the print fonts of the office's folder (perhaps already being read). */
    static Services of(Store store, Actor actor, AutoCloseable closer, AccountService accounts,
                       BackupService backups, PrintFonts fonts) {
        Clock clock = Clock.systemDefaultZone();
        RegisterSnapshot.Holder registers = new RegisterSnapshot.Holder(store);
        OfficeService office = new OfficeService(store, actor);
        UnitService units = new UnitService(store, actor);
        PlacesService places = new PlacesService(store, actor, registers, units);
        SurveyService surveys = new SurveyService(store, actor, clock, registers);
        CompoundImportService compoundImport = new CompoundImportService(store, actor, places, surveys, units, clock);
        SurveyItemImportService itemImport = new SurveyItemImportService(store, actor, surveys, clock);
        PartyOrgService orgs = new PartyOrgService(store, actor, registers, clock);
        OrgImportService orgImport = new OrgImportService(store, actor, orgs, units);
        MemberImportService memberImport = new MemberImportService(store, places, actor, clock);
        HouseholdService households = new HouseholdService(store, actor);
        HouseholdImportService householdImport = new HouseholdImportService(store, actor);
        CoverageService coverage = new CoverageService(registers);
        DocumentService documents = new DocumentService(store, actor, clock, registers,
                new LedgerRows(store, registers, orgs, surveys, coverage), fonts);
        return new Services(store.databaseFile(), actor, office, places, compoundImport, orgs, orgImport, memberImport,
                new MemberService(store, actor, clock, registers), coverage, surveys, itemImport, units,
                households, householdImport, new DemoService(store, actor, office, compoundImport, orgImport, memberImport,
                        itemImport, households, householdImport),
                documents,
                new PrivacyService(store, actor, clock),
                new StatsService(store),
                accounts, backups,
                closer, fonts);
    }

    @Override
    public void close() {
        try {
            printFonts.close();
            closer.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
