package org.branchdesk.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.branchdesk.domain.office.OfficeClock;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.accounts.AccountService;
import org.branchdesk.service.accounts.OfficeAccess;
import org.branchdesk.service.backups.BackupService;
import org.branchdesk.service.care.AssessmentService;
import org.branchdesk.service.care.CareCaseService;
import org.branchdesk.service.care.CareLedgers;
import org.branchdesk.service.care.CommendationLedger;
import org.branchdesk.service.care.CommendationNotice;
import org.branchdesk.service.care.CommendationService;
import org.branchdesk.service.care.DevelopmentLedger;
import org.branchdesk.service.care.DevelopmentService;
import org.branchdesk.service.care.FundService;
import org.branchdesk.service.care.PaymentBatches;
import org.branchdesk.service.care.PaymentLedger;
import org.branchdesk.service.care.PaymentService;
import org.branchdesk.service.care.SupplyService;
import org.branchdesk.service.coverage.CoverageService;
import org.branchdesk.service.demo.DemoService;
import org.branchdesk.service.documents.DocumentService;
import org.branchdesk.service.documents.LedgerKind;
import org.branchdesk.service.documents.LedgerRows;
import org.branchdesk.service.documents.NoticeKind;
import org.branchdesk.service.documents.PrintFonts;
import org.branchdesk.service.duty.AreaService;
import org.branchdesk.service.duty.AssistanceLedger;
import org.branchdesk.service.duty.AssistanceService;
import org.branchdesk.service.duty.AvailabilityService;
import org.branchdesk.service.duty.DutyLedgers;
import org.branchdesk.service.duty.DutyNames;
import org.branchdesk.service.duty.HoursLedger;
import org.branchdesk.service.duty.PeopleService;
import org.branchdesk.service.duty.PersonImporter;
import org.branchdesk.service.duty.ReportingFeedback;
import org.branchdesk.service.duty.ReportingService;
import org.branchdesk.service.duty.RosterLedger;
import org.branchdesk.service.duty.RosterNotice;
import org.branchdesk.service.duty.RosterService;
import org.branchdesk.service.duty.SentDownService;
import org.branchdesk.service.duty.TeamService;
import org.branchdesk.service.households.HouseholdImporter;
import org.branchdesk.service.households.HouseholdService;
import org.branchdesk.service.importing.ImportKind;
import org.branchdesk.service.importing.ImportPipeline;
import org.branchdesk.service.importing.Importer;
import org.branchdesk.service.leadership.ElectionImporter;
import org.branchdesk.service.leadership.ElectionService;
import org.branchdesk.service.leadership.LeaderImporter;
import org.branchdesk.service.leadership.LeadershipNotices;
import org.branchdesk.service.leadership.LeadershipService;
import org.branchdesk.service.members.MemberImporter;
import org.branchdesk.service.members.MemberService;
import org.branchdesk.service.office.OfficeService;
import org.branchdesk.service.office.PrivacyService;
import org.branchdesk.service.office.StatsService;
import org.branchdesk.service.orgs.OrgImporter;
import org.branchdesk.service.orgs.PartyOrgService;
import org.branchdesk.service.paper.LedgerSource;
import org.branchdesk.service.paper.NoticeSource;
import org.branchdesk.service.places.CompoundImporter;
import org.branchdesk.service.places.PlacesService;
import org.branchdesk.service.registers.Registers;
import org.branchdesk.service.sheets.ImportColumn;
import org.branchdesk.service.sheets.Templates;
import org.branchdesk.service.surveys.SurveyItemImporter;
import org.branchdesk.service.surveys.SurveyService;
import org.branchdesk.service.units.UnitService;
import org.branchdesk.store.Store;

/**
 * The services of one open office, built once by the composition root and handed to the UI and the
 * command line. Closing it closes the database.
 */
public record Services(
        Path databaseFile,
        Actor actor,
        ImportPipeline imports,
        OfficeService office,
        LeadershipService leadership,
        ElectionService elections,
        PeopleService people,
        TeamService teams,
        RosterService roster,
        AvailabilityService availability,
        AssistanceService assistance,
        ReportingService reportings,
        SentDownService sentDown,
        AreaService areas,
        DutyNames dutyNames,
        FundService funds,
        PaymentService payments,
        PaymentBatches paymentBatches,
        SupplyService supplies,
        CareCaseService careCases,
        DevelopmentService development,
        CommendationService commendations,
        AssessmentService assessments,
        PlacesService places,
        CompoundImporter compoundImport,
        PartyOrgService orgs,
        OrgImporter orgImport,
        MemberImporter memberImport,
        MemberService members,
        CoverageService coverage,
        SurveyService surveys,
        SurveyItemImporter surveyItemImport,
        UnitService units,
        HouseholdService households,
        HouseholdImporter householdImport,
        LeaderImporter leaderImport,
        ElectionImporter electionImport,
        PersonImporter personImport,
        DemoService demo,
        DocumentService documents,
        PrivacyService privacy,
        StatsService stats,
        AccountService accounts,
        BackupService backups,
        AutoCloseable closer,
        AutoCloseable printFonts)
        implements AutoCloseable {

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
    public static Services of(
            Store store,
            Actor actor,
            AutoCloseable closer,
            AccountService accounts,
            BackupService backups) {
        return of(
                store,
                actor,
                closer,
                accounts,
                backups,
                new PrintFonts(store.databaseFile().toAbsolutePath().getParent()));
    }

    /** As above, with the print fonts of the office's folder (perhaps already being read). */
    public static Services of(
            Store store,
            Actor actor,
            AutoCloseable closer,
            AccountService accounts,
            BackupService backups,
            PrintFonts fonts) {
        // every "today" of the office is read in its own zone, whatever the PC's zone is
        Clock clock = OfficeClock.of(store.clock(), store.read(s -> s.office().timeZone()));
        Registers.Holder registers = new Registers.Holder(store);
        OfficeService office = new OfficeService(store, actor, clock);
        UnitService units = new UnitService(store, actor);
        PlacesService places = new PlacesService(store, actor, registers, units);
        SurveyService surveys = new SurveyService(store, actor, clock, registers);
        CompoundImporter compoundImport = new CompoundImporter(places, surveys, units, clock);
        SurveyItemImporter itemImport = new SurveyItemImporter(surveys, clock);
        PartyOrgService orgs = new PartyOrgService(store, actor, registers, clock);
        OrgImporter orgImport = new OrgImporter(orgs, units);
        MemberImporter memberImport = new MemberImporter(places, actor, clock);
        HouseholdService households = new HouseholdService(store, actor);
        HouseholdImporter householdImport = new HouseholdImporter(actor);
        LeaderImporter leaderImport = new LeaderImporter(actor);
        ElectionImporter electionImport = new ElectionImporter(actor, clock);
        PersonImporter personImport = new PersonImporter(actor);
        CoverageService coverage = new CoverageService(registers);
        DutyNames dutyNames = new DutyNames(store);
        // each capability prints its own ledgers and words its own notices; documents numbers,
        // lays out, registers and verifies them all alike
        Map<LedgerKind, LedgerSource> ledgerSources = new EnumMap<>(LedgerKind.class);
        ledgerSources.put(LedgerKind.ASSISTANCE, new AssistanceLedger());
        ledgerSources.put(LedgerKind.ROSTER, new RosterLedger());
        ledgerSources.put(LedgerKind.HOURS, new HoursLedger());
        Map<NoticeKind, NoticeSource> noticeSources = new EnumMap<>(NoticeKind.class);
        noticeSources.put(NoticeKind.APPOINTMENT, LeadershipNotices.appointments());
        noticeSources.put(NoticeKind.REMOVAL, LeadershipNotices.removals());
        noticeSources.put(NoticeKind.ELECTION_RESULT, LeadershipNotices.electionResults());
        noticeSources.put(NoticeKind.ROSTER_WEEK, new RosterNotice());
        ledgerSources.put(LedgerKind.REPORTING, DutyLedgers.reporting());
        ledgerSources.put(LedgerKind.AREAS, DutyLedgers.areas());
        ledgerSources.put(LedgerKind.DEVELOPMENT, new DevelopmentLedger());
        ledgerSources.put(LedgerKind.PAYMENTS, new PaymentLedger());
        noticeSources.put(NoticeKind.REPORTING_FEEDBACK, new ReportingFeedback(clock));
        ledgerSources.put(LedgerKind.SOLICITUDE, CareLedgers.solicitude());
        ledgerSources.put(LedgerKind.SUPPLIES, CareLedgers.supplies());
        ledgerSources.put(LedgerKind.COMMENDATIONS, new CommendationLedger());
        noticeSources.put(NoticeKind.COMMENDATION, new CommendationNotice());
        DocumentService documents =
                new DocumentService(
                        store,
                        actor,
                        clock,
                        registers,
                        new LedgerRows(store, registers, orgs, surveys, coverage),
                        fonts,
                        ledgerSources,
                        noticeSources);
        return new Services(
                store.databaseFile(),
                actor,
                new ImportPipeline(store, actor),
                office,
                new LeadershipService(store, actor, clock),
                new ElectionService(store, actor, clock),
                new PeopleService(store, actor, clock),
                new TeamService(store, actor, clock),
                new RosterService(store, actor, clock),
                new AvailabilityService(store, actor),
                new AssistanceService(store, actor, clock),
                new ReportingService(store, actor, clock),
                new SentDownService(store, actor, clock),
                new AreaService(store, actor, clock),
                dutyNames,
                new FundService(store, actor, clock),
                new PaymentService(store, actor, clock, dutyNames),
                new PaymentBatches(store, actor, clock),
                new SupplyService(store, actor, clock),
                new CareCaseService(store, actor, clock),
                new DevelopmentService(store, actor, clock, dutyNames),
                new CommendationService(store, actor, clock),
                new AssessmentService(store, actor, clock),
                places,
                compoundImport,
                orgs,
                orgImport,
                memberImport,
                new MemberService(store, actor, clock, registers),
                coverage,
                surveys,
                itemImport,
                units,
                households,
                householdImport,
                leaderImport,
                electionImport,
                personImport,
                new DemoService(
                        store,
                        actor,
                        office,
                        compoundImport,
                        orgImport,
                        memberImport,
                        itemImport,
                        households,
                        householdImport,
                        leaderImport,
                        electionImport,
                        personImport),
                documents,
                new PrivacyService(store, actor, clock),
                new StatsService(store),
                accounts,
                backups,
                closer,
                fonts);
    }

    /** The importer of a kind of sheet. */
    public Importer<?, ?> importer(ImportKind kind) {
        return switch (kind) {
            case COMPOUNDS -> compoundImport;
            case ORGANIZATIONS -> orgImport;
            case MEMBERS -> memberImport;
            case SURVEY_ITEMS -> surveyItemImport;
            case HOUSEHOLDS -> householdImport;
            case LEADERS -> leaderImport;
            case ELECTIONS -> electionImport;
            case PEOPLE -> personImport;
        };
    }

    /** The columns of a kind's template (a template needs no office). */
    public static List<? extends ImportColumn> templateColumns(ImportKind kind) {
        return List.of(
                switch (kind) {
                    case COMPOUNDS -> CompoundImporter.Column.values();
                    case ORGANIZATIONS -> OrgImporter.Column.values();
                    case MEMBERS -> MemberImporter.Column.values();
                    case SURVEY_ITEMS -> SurveyItemImporter.Column.values();
                    case HOUSEHOLDS -> HouseholdImporter.Column.values();
                    case LEADERS -> LeaderImporter.Column.values();
                    case ELECTIONS -> ElectionImporter.Column.values();
                    case PEOPLE -> PersonImporter.Column.values();
                });
    }

    /**
     * Writes a kind's import template ({@code .xlsx}, or a header-only {@code .csv}); needs no
     * office.
     */
    public static void writeTemplate(ImportKind kind, Path out) {
        Templates.write(kind.name(), templateColumns(kind), out);
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
