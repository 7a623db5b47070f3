package org.branchdesk.service.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.office.Office;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.duty.PersonImporter;
import org.branchdesk.service.households.HouseholdImporter;
import org.branchdesk.service.households.HouseholdService;
import org.branchdesk.service.importing.ImportOptions;
import org.branchdesk.service.importing.ImportPipeline;
import org.branchdesk.service.importing.ImportPlan;
import org.branchdesk.service.importing.ImportPlan.Result;
import org.branchdesk.service.leadership.ElectionImporter;
import org.branchdesk.service.leadership.LeaderImporter;
import org.branchdesk.service.members.MemberImporter;
import org.branchdesk.service.office.OfficeService;
import org.branchdesk.service.orgs.OrgImporter;
import org.branchdesk.service.orgs.PartyOrgService;
import org.branchdesk.service.places.CompoundImporter;
import org.branchdesk.service.sheets.CsvFile;
import org.branchdesk.service.sheets.SheetRow;
import org.branchdesk.service.surveys.SurveyItemImporter;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;

/**
 * Loads the fictional demo street: the office from {@code seeds/demo/office.csv} (only when the
 * office has not been set up), then compounds, party organizations and members through the
 * importers a clerk uses, all in one transaction. Loading it again changes nothing.
 */
public final class DemoService {
    static final String SEEDS = "/seeds/demo/";
    private final Store store;
    private final Actor actor;
    private final OfficeService office;
    private final CompoundImporter compounds;
    private final OrgImporter orgs;
    private final MemberImporter members;
    private final SurveyItemImporter items;
    private final HouseholdService households;
    private final HouseholdImporter householdImport;
    private final LeaderImporter leaders;
    private final ElectionImporter elections;
    private final DutyDemo duty;
    private final CarePaymentsDemo carePayments;

    public DemoService(
            Store store,
            Actor actor,
            OfficeService office,
            CompoundImporter compounds,
            OrgImporter orgs,
            MemberImporter members,
            SurveyItemImporter items,
            HouseholdService households,
            HouseholdImporter householdImport,
            LeaderImporter leaders,
            ElectionImporter elections,
            PersonImporter people) {
        this.duty = new DutyDemo(actor, people);
        this.carePayments = new CarePaymentsDemo(actor);
        this.leaders = leaders;
        this.elections = elections;
        this.households = households;
        this.householdImport = householdImport;
        this.store = store;
        this.actor = actor;
        this.office = office;
        this.compounds = compounds;
        this.orgs = orgs;
        this.members = members;
        this.items = items;
    }

    /** What loading the demo did (or, in a dry run, would do). */
    public record Outcome(
            boolean officeCreated,
            Office office,
            Result compounds,
            Result organizations,
            Result members,
            Result surveyItems,
            Result households,
            Result leaders,
            Result elections,
            int organizationsDissolved,
            int organizationsCreated,
            int groupsCreated,
            int dutyRows) {
        public boolean changedAnything() {
            return officeCreated
                    || compounds.changedAnything()
                    || organizations.changedAnything()
                    || members.changedAnything()
                    || surveyItems.changedAnything()
                    || households.changedAnything()
                    || leaders.changedAnything()
                    || elections.changedAnything()
                    || organizationsDissolved > 0
                    || dutyRows > 0;
        }
    }

    /** Thrown to roll a dry run back, carrying what it would have done. */
    private static final class DryRun extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Outcome outcome;

        DryRun(Outcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }

    /**
     * Loads the demo street; with {@code memberCount > 0} a generated street of that size instead
     * of the bundled one. A dry run does everything and then rolls it back.
     */
    public Outcome load(int memberCount, boolean dryRun) {
        List<String> seed = officeSeed();
        String[] files = new String[8];
        if (memberCount > 0) {
            DemoGenerator.Street street =
                    DemoGenerator.generate(memberCount, seed.get(0), seed.get(2));
            files[0] = street.compoundsCsv();
            files[1] = street.organizationsCsv();
            files[2] = street.membersCsv();
            files[3] = street.surveyItemsCsv();
            files[4] = street.householdsCsv();
            files[5] = street.leadersCsv();
            files[6] = street.dissolvedCsv();
            files[7] = street.electionsCsv();
        } else {
            files[0] = new String(resource("compounds.csv"), StandardCharsets.UTF_8);
            files[1] = new String(resource("organizations.csv"), StandardCharsets.UTF_8);
            files[2] = new String(resource("members.csv"), StandardCharsets.UTF_8);
            files[3] = new String(resource("survey-items.csv"), StandardCharsets.UTF_8);
            files[4] = new String(resource("households.csv"), StandardCharsets.UTF_8);
            files[5] = new String(resource("leaders.csv"), StandardCharsets.UTF_8);
            files[6] = new String(resource("dissolved.csv"), StandardCharsets.UTF_8);
            files[7] = new String(resource("elections.csv"), StandardCharsets.UTF_8);
        }
        String source = memberCount > 0 ? "demo-scale-" + memberCount + "/" : "seeds/demo/";
        try {
            return Access.write(
                    store,
                    actor,
                    Permission.SETTINGS,
                    s -> {
                        Office current = s.office().find().orElse(null);
                        boolean created = current == null;
                        if (created) {
                            current =
                                    office.initialize(
                                            s,
                                            Office.of(
                                                    UUID.randomUUID(),
                                                    seed.get(0),
                                                    seed.get(1),
                                                    seed.get(2),
                                                    null));
                        }
                        Result c =
                                check(
                                        ImportPipeline.inside(
                                                s,
                                                compounds,
                                                bytes(files[0]),
                                                source + "compounds.csv",
                                                ImportOptions.ALL_OR_NOTHING));
                        int orgsBefore = s.orgs().count();
                        int groupsBefore = s.groups().count();
                        Result o =
                                check(
                                        ImportPipeline.inside(
                                                s,
                                                orgs,
                                                bytes(files[1]),
                                                source + "organizations.csv",
                                                ImportOptions.ALL_OR_NOTHING));
                        int orgsCreated = s.orgs().count() - orgsBefore;
                        int groupsCreated = s.groups().count() - groupsBefore;
                        Result m =
                                check(
                                        ImportPipeline.inside(
                                                s,
                                                members,
                                                bytes(files[2]),
                                                source + "members.csv",
                                                ImportOptions.ALL_OR_NOTHING));
                        Result i =
                                check(
                                        ImportPipeline.inside(
                                                s,
                                                items,
                                                bytes(files[3]),
                                                source + "survey-items.csv",
                                                ImportOptions.ALL_OR_NOTHING));
                        households.fillFromResidences(
                                s, null); // the buildings the members' residences name
                        Result h =
                                check(
                                        ImportPipeline.inside(
                                                s,
                                                householdImport,
                                                bytes(files[4]),
                                                source + "households.csv",
                                                ImportOptions.ALL_OR_NOTHING));
                        // committee histories last: they name organizations and members
                        Result l =
                                check(
                                        ImportPipeline.inside(
                                                s,
                                                leaders,
                                                bytes(files[5]),
                                                source + "leaders.csv",
                                                ImportOptions.ALL_OR_NOTHING));
                        Result e =
                                check(
                                        ImportPipeline.inside(
                                                s,
                                                elections,
                                                bytes(files[7]),
                                                source + "elections.csv",
                                                ImportOptions.ALL_OR_NOTHING));
                        int dissolved = dissolve(s, files[6]);
                        // duty's February 2020 is the bundled street's story; a generated street
                        // has none
                        int dutyRows = 0;
                        if (memberCount == 0) {
                            DutyDemo.Loaded d = duty.load(s, source);
                            dutyRows =
                                    d.rows() + (int) d.people().plan().count(ImportPlan.Fate.NEW);
                            dutyRows += carePayments.load(s);
                        }
                        Outcome outcome =
                                new Outcome(
                                        created,
                                        current,
                                        c,
                                        o,
                                        m,
                                        i,
                                        h,
                                        l,
                                        e,
                                        dissolved,
                                        orgsCreated,
                                        groupsCreated,
                                        dutyRows);
                        if (dryRun) {
                            throw new DryRun(outcome);
                        }
                        return outcome;
                    });
        } catch (DryRun d) {
            return d.outcome;
        }
    }

    /**
     * Dissolves the organizations {@code dissolved.csv} names (name, date) that are still active:
     * the temporary branch set up for the epidemic and dissolved once it eased. Its participations
     * and positions end on that date, as they would from the organizations screen.
     */
    private int dissolve(StoreSession s, String csv) {
        int done = 0;
        List<SheetRow> rows = CsvFile.parse(csv);
        for (SheetRow r : rows.subList(Math.min(1, rows.size()), rows.size())) {
            if (r.isBlank()) {
                continue;
            }
            String name = r.cell(0);
            LocalDate on = LocalDate.parse(r.cell(1));
            for (PartyOrg o : s.orgs().list()) {
                if (o.name().equals(name) && o.isActive()) {
                    PartyOrgService.dissolve(s, actor.name(), o.id(), on);
                    done++;
                }
            }
        }
        return done;
    }

    private static Result check(Result result) {
        if (!result.applied()) {
            throw new UserError(
                    "error.demo.invalidSeeds", result.plan().refused().get(0).describe());
        }
        return result;
    }

    private static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> officeSeed() {
        List<SheetRow> rows = CsvFile.parse(CsvFile.decode(resource("office.csv")));
        if (rows.size() < 2 || rows.get(1).cells().size() < 3) {
            throw new UserError("error.demo.invalidSeeds", "office.csv");
        }
        return rows.get(1).cells().subList(0, 3);
    }

    public static byte[] resource(String name) {
        try (InputStream in = DemoService.class.getResourceAsStream(SEEDS + name)) {
            if (in == null) {
                throw new UserError("error.demo.missingSeeds", SEEDS + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UserError(e, "error.demo.missingSeeds", SEEDS + name);
        }
    }
}
