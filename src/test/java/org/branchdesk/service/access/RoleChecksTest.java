package org.branchdesk.service.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.households.Household;
import org.branchdesk.domain.members.Departure;
import org.branchdesk.domain.members.Presence;
import org.branchdesk.domain.members.Registration;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.domain.orgs.BranchGroup;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.domain.places.OwnerlessRule;
import org.branchdesk.domain.surveys.SurveyItem;
import org.branchdesk.service.Services;
import org.branchdesk.service.documents.DocumentService;
import org.branchdesk.service.documents.LedgerKind;
import org.branchdesk.service.documents.NoticeKind;
import org.branchdesk.service.documents.Verification;
import org.branchdesk.service.duty.AreaService;
import org.branchdesk.service.households.HouseholdService;
import org.branchdesk.service.importing.ImportOptions;
import org.branchdesk.service.importing.ImportProgress;
import org.branchdesk.service.members.MemberService;
import org.branchdesk.service.office.PrivacyService;
import org.branchdesk.service.orgs.PartyOrgService;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every service that changes the office checks the account's role itself, not only the screen: a
 * supervisor's call to each mutating method is refused with the clerk's message and changes
 * nothing; a clerk may enter data but not change settings or export full ID numbers.
 */
class RoleChecksTest {
    @TempDir Path dir;
    private Ids ids;
    private Map<String, Integer> before;

    private record Ids(
            UUID community,
            UUID compound,
            UUID branch,
            UUID temporary,
            UUID member,
            UUID item,
            UUID building,
            UUID household) {}

    @BeforeEach
    void demoStreet() {
        try (Services admin = TestOffice.open(dir, Role.ADMIN)) {
            admin.demo().load(0, false);
            UUID community = admin.places().communities().get(0).id();
            UUID compound = admin.places().compounds(community).get(0).id();
            PartyOrg branch =
                    admin.orgs().list().stream()
                            .filter(o -> o.type() == OrgType.COMPOUND_BRANCH)
                            .findFirst()
                            .orElseThrow();
            PartyOrg temporary =
                    admin.orgs().list().stream()
                            .filter(o -> o.type() == OrgType.TEMPORARY_BRANCH)
                            .findFirst()
                            .orElseThrow();
            UUID member = admin.members().search(MemberFilter.text(""), 1).rows().get(0).id();
            UUID withItems =
                    admin.surveys().compounds().stream()
                            .filter(r -> r.openItems() > 0)
                            .findFirst()
                            .orElseThrow()
                            .compoundId();
            UUID item = admin.surveys().items(withItems).get(0).id();
            UUID withHouseholds =
                    admin.surveys().compounds().stream()
                            .filter(r -> !admin.households().households(r.compoundId()).isEmpty())
                            .findFirst()
                            .orElseThrow()
                            .compoundId();
            UUID building = admin.households().buildings(withHouseholds).get(0).building().id();
            UUID household = admin.households().households(withHouseholds).get(0).household().id();
            ids =
                    new Ids(
                            community,
                            compound,
                            branch.id(),
                            temporary.id(),
                            member,
                            item,
                            building,
                            household);
            // one-to-one assistance: a pairing with a service noting health details
            Map<String, Integer> demo = admin.stats().counts();
            var pairing =
                    admin.assistance()
                            .pair(
                                    new org.branchdesk.service.duty.AssistanceService.NewPairing(
                                            member,
                                            admin.assistance().unpaired().get(0).householdId(),
                                            org.branchdesk.domain.duty.AssistanceCategory
                                                    .HOME_OBSERVATION,
                                            LocalDate.of(2020, 2, 3)));
            admin.assistance()
                    .log(
                            new org.branchdesk.service.duty.AssistanceService.NewService(
                                    pairing.id(),
                                    LocalDate.of(2020, 2, 4),
                                    org.branchdesk.domain.duty.ServiceKind.TEMPERATURE,
                                    "体温37.9℃",
                                    null));
            before = admin.stats().counts();
            assertThat(before)
                    .containsEntry("pairings", demo.get("pairings") + 1)
                    .containsEntry("service_logs", demo.get("service_logs") + 1);
        }
    }

    /** One call of every method that changes the office, with inputs a clerk could enter. */
    private Map<String, Executable> everyChange(Services s) throws Exception {
        Path csv = dir.resolve("rows.csv");
        Files.writeString(csv, "所在社区,小区名称\n新华社区,新华小区\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.pdf");
        Map<String, Executable> calls = new LinkedHashMap<>();
        calls.put("office.initialize", () -> s.office().initialize("别的街道", null, null));
        calls.put("office.update", () -> s.office().update("青槐街道", "别的区", null));
        calls.put(
                "office.setOwnerlessRule",
                () -> s.office().setOwnerlessRule(OwnerlessRule.ANY_ONE_MISSING));
        calls.put("office.setIssuingMark", () -> s.office().setIssuingMark("中共青槐街道工作委员会"));
        calls.put("places.createCommunity", () -> s.places().createCommunity("新华社区"));
        calls.put(
                "places.renameCommunity",
                () -> s.places().renameCommunity(ids.community(), "新名社区"));
        calls.put("places.moveCommunity", () -> s.places().moveCommunity(ids.community(), 1));
        calls.put(
                "places.createCompound", () -> s.places().createCompound(ids.community(), "新华小区"));
        calls.put("places.renameCompound", () -> s.places().renameCompound(ids.compound(), "新名小区"));
        calls.put(
                "places.moveCompound",
                () ->
                        s.places()
                                .moveCompound(
                                        ids.compound(), s.places().communities().get(1).id()));
        calls.put(
                "places.updateFacts",
                () ->
                        s.places()
                                .updateFacts(
                                        ids.compound(),
                                        "青槐路1号",
                                        100,
                                        300,
                                        5,
                                        null,
                                        true,
                                        true,
                                        true));
        calls.put(
                "surveys.record",
                () ->
                        s.surveys()
                                .record(
                                        ids.compound(),
                                        LocalDate.of(2020, 3, 1),
                                        "基本情况",
                                        "居民情况",
                                        null,
                                        null));
        calls.put(
                "surveys.addItem",
                () ->
                        s.surveys()
                                .addItem(
                                        ids.compound(),
                                        SurveyItem.Kind.GAP,
                                        "楼道堆物",
                                        "王芳",
                                        LocalDate.of(2020, 4, 1)));
        calls.put("surveys.close", () -> s.surveys().close(ids.item(), LocalDate.of(2020, 5, 1)));
        calls.put(
                "surveys.editItem",
                () ->
                        s.surveys()
                                .editItem(
                                        ids.item(),
                                        "楼道堆物已清",
                                        "王芳",
                                        LocalDate.of(2020, 4, 1),
                                        SurveyItem.Status.OPEN,
                                        null));
        calls.put(
                "orgs.create",
                () -> {
                    PartyOrg parent =
                            s.orgs().list().stream()
                                    .filter(
                                            o ->
                                                    o.type() == OrgType.COMMUNITY_PARTY_COMMITTEE
                                                            || o.type()
                                                                    == OrgType
                                                                            .COMMUNITY_GENERAL_BRANCH)
                                    .findFirst()
                                    .orElseThrow();
                    s.orgs()
                            .create(
                                    PartyOrg.of(
                                            UUID.randomUUID(),
                                            OrgType.COMPOUND_BRANCH,
                                            "新华小区党支部",
                                            null,
                                            parent.id(),
                                            parent.communityId(),
                                            Set.of(ids.compound()),
                                            LocalDate.of(2020, 2, 1),
                                            null,
                                            null,
                                            null,
                                            null,
                                            null));
                });
        calls.put(
                "orgs.updateFacts",
                () ->
                        s.orgs()
                                .updateFacts(
                                        ids.branch(),
                                        new PartyOrgService.Facts(
                                                s.orgs().list().stream()
                                                        .filter(o -> o.id().equals(ids.branch()))
                                                        .findFirst()
                                                        .orElseThrow()
                                                        .name(),
                                                null,
                                                LocalDate.of(2020, 2, 1),
                                                null,
                                                null,
                                                null,
                                                null)));
        calls.put("orgs.dissolve", () -> s.orgs().dissolve(ids.temporary(), LocalDate.now()));
        calls.put(
                "orgs.convertToRegular", () -> s.orgs().convertToRegular(ids.temporary(), "转正党支部"));
        calls.put("orgs.move", () -> s.orgs().move(ids.branch(), ids.branch()));
        calls.put(
                "orgs.addGroup",
                () ->
                        s.orgs()
                                .addGroup(
                                        new PartyOrgService.GroupDraft(
                                                BranchGroup.Kind.BUILDING_PARTY_GROUP,
                                                ids.branch(),
                                                "第九党小组",
                                                null,
                                                null,
                                                null)));
        calls.put(
                "orgs.updateGroup",
                () -> s.orgs().updateGroup(UUID.randomUUID(), null, null, null));
        calls.put(
                "members.add",
                () ->
                        s.members()
                                .add(
                                        new MemberService.NewMember(
                                                "李四",
                                                "990101199001010019",
                                                null,
                                                LocalDate.of(2015, 7, 1),
                                                LocalDate.of(2016, 7, 1),
                                                Standing.FULL,
                                                Registration.COMMUNITY,
                                                Presence.RESIDENT,
                                                ids.compound(),
                                                ids.branch(),
                                                null,
                                                null,
                                                null,
                                                null)));
        calls.put(
                "members.update",
                () ->
                        s.members()
                                .update(
                                        ids.member(),
                                        new MemberService.NewMember(
                                                "李四",
                                                "990101199001010019",
                                                null,
                                                LocalDate.of(2015, 7, 1),
                                                LocalDate.of(2016, 7, 1),
                                                Standing.FULL,
                                                Registration.COMMUNITY,
                                                Presence.RESIDENT,
                                                ids.compound(),
                                                ids.branch(),
                                                null,
                                                null,
                                                null,
                                                null)));
        calls.put(
                "members.leave",
                () -> s.members().leave(ids.member(), Departure.TRANSFERRED_OUT, LocalDate.now()));
        calls.put(
                "members.joinTemporaryBranch",
                () ->
                        s.members()
                                .joinTemporaryBranch(
                                        ids.member(), ids.temporary(), LocalDate.now()));
        calls.put(
                "members.leaveTemporaryBranch",
                () -> s.members().leaveTemporaryBranch(UUID.randomUUID(), LocalDate.now()));
        calls.put(
                "members.exportFull",
                () ->
                        s.members()
                                .exportFull(
                                        MemberFilter.text(""), dir.resolve("full.xlsx"), "上级检查核对"));
        calls.put(
                "households.addBuilding",
                () -> s.households().addBuilding(ids.compound(), "99号楼", 2, 20));
        calls.put(
                "households.updateBuilding",
                () -> s.households().updateBuilding(ids.building(), "98号楼", 2, 20));
        calls.put(
                "households.fillFromResidences",
                () -> s.households().fillFromResidences(ids.compound()));
        calls.put(
                "households.addHousehold",
                () ->
                        s.households()
                                .addHousehold(
                                        new HouseholdService.Draft(
                                                Household.Kind.ASSISTED,
                                                ids.compound(),
                                                ids.building(),
                                                "1",
                                                "101",
                                                "赵六",
                                                null,
                                                null,
                                                "行动不便")));
        calls.put(
                "households.updateHousehold",
                () ->
                        s.households()
                                .updateHousehold(
                                        ids.household(),
                                        new HouseholdService.Draft(
                                                Household.Kind.ASSISTED,
                                                ids.compound(),
                                                ids.building(),
                                                "1",
                                                "102",
                                                "赵六",
                                                null,
                                                null,
                                                "行动不便")));
        calls.put(
                "households.removeHousehold",
                () -> s.households().removeHousehold(ids.household()));
        calls.put(
                "compoundImport",
                () ->
                        s.imports()
                                .run(
                                        s.compoundImport(),
                                        csv,
                                        ImportOptions.SKIP_INVALID,
                                        ImportProgress.NONE));
        calls.put(
                "orgImport",
                () ->
                        s.imports()
                                .run(
                                        s.orgImport(),
                                        csv,
                                        ImportOptions.SKIP_INVALID,
                                        ImportProgress.NONE));
        calls.put(
                "memberImport",
                () ->
                        s.imports()
                                .run(
                                        s.memberImport(),
                                        csv,
                                        ImportOptions.SKIP_INVALID,
                                        ImportProgress.NONE));
        calls.put(
                "surveyItemImport",
                () ->
                        s.imports()
                                .run(
                                        s.surveyItemImport(),
                                        csv,
                                        ImportOptions.SKIP_INVALID,
                                        ImportProgress.NONE));
        calls.put(
                "householdImport",
                () ->
                        s.imports()
                                .run(
                                        s.householdImport(),
                                        csv,
                                        ImportOptions.SKIP_INVALID,
                                        ImportProgress.NONE));
        calls.put("demo.load", () -> s.demo().load(0, false));
        calls.put(
                "documents.notice",
                () -> s.documents().notice(NoticeKind.BRANCH_SETUP, ids.branch(), null, true, out));
        calls.put(
                "privacy.changeSettings",
                () -> s.privacy().changeSettings(new PrivacyService.Settings(Masking.STRICT, 12)));
        calls.put("privacy.purge", () -> s.privacy().purge());
        // leadership: positions, terms, renewals and their settings
        var holding = s.leadership().serving().get(0);
        calls.put(
                "leadership.take",
                () ->
                        s.leadership()
                                .take(
                                        new org.branchdesk.service.leadership.LeadershipService
                                                .NewHolding(
                                                holding.orgId(),
                                                ids.member(),
                                                org.branchdesk.domain.leadership.Position.MEMBER,
                                                null,
                                                org.branchdesk.domain.leadership.Chosen.DESIGNATED,
                                                org.branchdesk.domain.leadership.Source.RESIDENT,
                                                LocalDate.of(2024, 1, 1),
                                                null,
                                                null,
                                                null)));
        calls.put(
                "leadership.end",
                () ->
                        s.leadership()
                                .end(
                                        holding.id(),
                                        LocalDate.of(2026, 1, 1),
                                        org.branchdesk.domain.leadership.EndReason.RESIGNED));
        calls.put(
                "leadership.beginTerm",
                () ->
                        s.leadership()
                                .beginTerm(
                                        holding.orgId(),
                                        LocalDate.of(2026, 1, 1),
                                        org.branchdesk.domain.leadership.Chosen.ELECTED,
                                        null));
        calls.put(
                "leadership.setTermYears",
                () -> s.leadership().setTermYears(OrgType.COMPOUND_BRANCH, 4));
        calls.put(
                "elections.save",
                () ->
                        s.elections()
                                .save(
                                        new org.branchdesk.domain.leadership.Election(
                                                UUID.randomUUID(),
                                                ids.branch(),
                                                1,
                                                new org.branchdesk.domain.leadership.Election.Step(
                                                        LocalDate.of(2026, 1, 1), "请示1"),
                                                null,
                                                null,
                                                null,
                                                null,
                                                java.util.List.of())));
        calls.put(
                "people.add",
                () ->
                        s.people()
                                .add(
                                        new org.branchdesk.service.duty.PeopleService.NewPerson(
                                                "柳青",
                                                null,
                                                null,
                                                org.branchdesk.domain.duty.PersonKind.VOLUNTEER,
                                                null)));
        calls.put(
                "teams.add",
                () ->
                        s.teams()
                                .add(
                                        new org.branchdesk.service.duty.TeamService.NewTeam(
                                                org.branchdesk.domain.duty.TeamKind.PATROL,
                                                "巡逻队",
                                                ids.community(),
                                                null,
                                                null,
                                                java.util.List.of(
                                                        org.branchdesk.domain.duty.Team.Someone
                                                                .member(ids.member())),
                                                LocalDate.of(2020, 2, 1))));
        rosterChanges(s, calls);
        var pairing = s.assistance().pairings(false).get(0);
        calls.put(
                "assistance.pair",
                () ->
                        s.assistance()
                                .pair(
                                        new org.branchdesk.service.duty.AssistanceService
                                                .NewPairing(
                                                pairing.memberId(),
                                                s.assistance().unpaired().get(0).householdId(),
                                                org.branchdesk.domain.duty.AssistanceCategory
                                                        .ELDERLY_ALONE,
                                                LocalDate.of(2020, 2, 3))));
        calls.put(
                "assistance.log",
                () ->
                        s.assistance()
                                .log(
                                        new org.branchdesk.service.duty.AssistanceService
                                                .NewService(
                                                pairing.id(),
                                                LocalDate.of(2020, 2, 5),
                                                org.branchdesk.domain.duty.ServiceKind.VISIT,
                                                null,
                                                null)));
        calls.put(
                "assistance.end",
                () -> s.assistance().end(pairing.id(), LocalDate.of(2020, 4, 30)));
        // duty: reporting members, cadres sent down, cadres' areas
        UUID any = UUID.randomUUID();
        LocalDate feb3 = LocalDate.of(2020, 2, 3);
        org.branchdesk.domain.duty.Team.Someone cadre =
                org.branchdesk.domain.duty.Team.Someone.member(ids.member());
        calls.put(
                "reportings.report",
                () ->
                        s.reportings()
                                .report(
                                        new org.branchdesk.service.duty.ReportingService
                                                .NewReporting(
                                                ids.member(),
                                                ids.community(),
                                                null,
                                                null,
                                                "明川区税务局",
                                                "机关党委",
                                                feb3)));
        calls.put("reportings.end", () -> s.reportings().end(any, feb3));
        calls.put("reportings.claim", () -> s.reportings().claim(any, any, feb3));
        calls.put(
                "reportings.recordHours",
                () -> s.reportings().recordHours(any, feb3, java.math.BigDecimal.ONE, null));
        calls.put(
                "sentDown.add",
                () ->
                        s.sentDown()
                                .add(
                                        new org.branchdesk.service.duty.SentDownService.NewSentDown(
                                                cadre,
                                                null,
                                                "明川区税务局",
                                                ids.community(),
                                                null,
                                                feb3,
                                                null)));
        calls.put("sentDown.end", () -> s.sentDown().end(any, feb3));
        calls.put(
                "areas.add",
                () ->
                        s.areas()
                                .add(
                                        new org.branchdesk.service.duty.AreaService.NewArea(
                                                cadre, ids.community(), null, feb3, null)));
        calls.put("areas.end", () -> s.areas().end(any, feb3));
        calls.put(
                "areas.logContact",
                () ->
                        s.areas()
                                .logContact(
                                        any,
                                        feb3,
                                        org.branchdesk.domain.duty.ContactChannel.PHONE,
                                        null));
        return calls;
    }

    /** The roster's changes: posts, shifts, who serves, weeks, attendance, availability. */
    private void rosterChanges(Services s, Map<String, Executable> calls) {
        UUID some = UUID.randomUUID();
        org.branchdesk.domain.duty.Team.Someone member =
                org.branchdesk.domain.duty.Team.Someone.member(ids.member());
        LocalDate day = LocalDate.of(2020, 2, 3);
        calls.put(
                "roster.addPost",
                () ->
                        s.roster()
                                .addPost(
                                        new org.branchdesk.service.duty.RosterService.NewPost(
                                                ids.community(),
                                                ids.compound(),
                                                org.branchdesk.domain.duty.PostKind.CHECKPOINT,
                                                "东门卡点",
                                                2,
                                                true,
                                                null)));
        calls.put("roster.closePost", () -> s.roster().closePost(some, day));
        calls.put(
                "roster.generate",
                () -> s.roster().generate(ids.community(), null, null, day, day, null));
        calls.put("roster.assign", () -> s.roster().assign(some, member, null));
        calls.put("roster.assignTeam", () -> s.roster().assignTeam(some, some, null));
        calls.put("roster.unassign", () -> s.roster().unassign(some, member));
        calls.put("roster.publish", () -> s.roster().publish(ids.community(), null, day));
        calls.put("roster.copyWeek", () -> s.roster().copyWeek(ids.community(), null, day));
        calls.put("roster.swap", () -> s.roster().swap(some, member, null, "调班", null));
        calls.put(
                "roster.attend",
                () ->
                        s.roster()
                                .attend(
                                        some,
                                        member,
                                        org.branchdesk.domain.duty.Attendance.PRESENT,
                                        null));
        calls.put("availability.setLimit", () -> s.availability().setLimit(member, 3, 8));
        calls.put("availability.addDays", () -> s.availability().addDays(member, day, day, null));
        calls.put(
                "availability.addHours",
                () -> s.availability().addHours(member, day.atTime(8, 0), day.atTime(12, 0), null));
        calls.put("availability.remove", () -> s.availability().remove(some));
    }

    /** A phone as a list shows it: none, or masked. */
    static void assertMasked(String phone) {
        assertThat(phone)
                .satisfiesAnyOf(
                        p -> assertThat(p).isNullOrEmpty(), p -> assertThat(p).contains("*"));
    }

    @Test
    void aSupervisorIsRefusedEveryChangeAndNothingChanges() throws Exception {
        try (Services s = TestOffice.open(dir, Role.SUPERVISOR)) {
            for (Map.Entry<String, Executable> call : everyChange(s).entrySet()) {
                assertThatThrownBy(call.getValue()::execute)
                        .as(call.getKey())
                        .isInstanceOf(UserError.class)
                        .satisfies(
                                e ->
                                        assertThat(((UserError) e).key())
                                                .as(call.getKey())
                                                .isEqualTo("error.access.denied"))
                        .hasMessageContaining("（监督员）无权");
            }
            assertThat(s.stats().counts()).isEqualTo(before);
            assertThat(s.documents().register(null, 10)).isEmpty();
            assertThat(dir.resolve("full.xlsx")).doesNotExist();

            // What a supervisor may do: read, verify, print a ledger (recorded with its code).
            DocumentService.Printed ledger =
                    s.documents()
                            .printLedger(
                                    new DocumentService.LedgerRequest(
                                            LedgerKind.ORG, (String) null, null, false),
                                    dir.resolve("org.pdf"),
                                    false);
            assertThat(ledger.code()).isNotBlank();
            assertThat(s.documents().verify(ledger.code()).status())
                    .isEqualTo(Verification.Status.UNCHANGED);

            // duty's reporting members, cadres sent down and areas are read too, phones masked
            assertThat(s.reportings().lines(false))
                    .hasSize(before.get("reportings"))
                    .allSatisfy(l -> assertMasked(l.maskedPhone()));
            assertThat(s.sentDown().lines(false)).hasSize(before.get("sent_down"));
            assertThat(s.sentDown().lines(true))
                    .isNotEmpty()
                    .allSatisfy(l -> assertMasked(l.maskedPhone()));
            List<AreaService.Line> areas = s.areas().lines(true);
            assertThat(s.areas().lines(false)).hasSize(before.get("cadre_areas"));
            assertThat(s.areas().quiet(7)).isSubsetOf(areas);
            Map<LedgerKind, Integer> rows =
                    Map.of(
                            LedgerKind.REPORTING,
                            s.reportings().lines(true).size(),
                            LedgerKind.AREAS,
                            areas.size());
            for (LedgerKind duty : rows.keySet()) {
                DocumentService.Printed printed =
                        s.documents()
                                .printLedger(
                                        new DocumentService.LedgerRequest(
                                                duty, (String) null, null, false),
                                        dir.resolve(duty + ".pdf"),
                                        false);
                assertThat(printed.code()).isNotBlank();
                assertThat(printed.rows()).as(duty.name()).isEqualTo(rows.get(duty)).isPositive();
            }

            // leadership is read masked and its ledgers printed
            assertThat(s.leadership().lines(null))
                    .isNotEmpty()
                    .allSatisfy(l -> assertThat(l.maskedId()).contains("*"));
            assertThat(s.leadership().renewals(null)).isNotEmpty();
            DocumentService.Printed secretaries =
                    s.documents()
                            .printLedger(
                                    new DocumentService.LedgerRequest(
                                            LedgerKind.SECRETARIES, (String) null, null, false),
                                    dir.resolve("secretaries.pdf"),
                                    false);
            assertThat(secretaries.rows()).isPositive();

            // the roster is read too
            assertThat(s.roster().posts(null, null, false)).hasSize(before.get("posts"));
            assertThat(s.roster().week(ids.community(), null, LocalDate.of(2020, 2, 5)).days())
                    .hasSize(7);
            assertThat(s.roster().check(null, null)).isNotNull();
            assertThat(s.availability().list()).hasSizeGreaterThanOrEqualTo(0);
            // assistance is read with phones masked and health details withheld
            var pairing = s.assistance().pairings(false).get(0);
            assertThat(pairing.household().maskedPhone())
                    .satisfiesAnyOf(
                            p -> assertThat(p).isNull(), p -> assertThat(p).contains("****"));
            assertThat(s.assistance().serviceLog(pairing.id()))
                    .singleElement()
                    .satisfies(l -> assertThat(l.health()).doesNotContain("37.9"));
        }
    }

    @Test
    void aClerkEntersDataButNeitherChangesSettingsNorExportsFullIds() {
        try (Services s = TestOffice.open(dir, Role.CLERK)) {
            s.places().createCommunity("新华社区");
            assertThat(s.stats().counts().get("communities"))
                    .isEqualTo(before.get("communities") + 1);
            for (Executable refused :
                    new Executable[] {
                        () -> s.office().setIssuingMark("中共青槐街道工作委员会"),
                        () ->
                                s.privacy()
                                        .changeSettings(
                                                new PrivacyService.Settings(Masking.STRICT, 12)),
                        () -> s.privacy().purge(),
                        () ->
                                s.members()
                                        .exportFull(
                                                MemberFilter.text(""),
                                                dir.resolve("full.xlsx"),
                                                "上级检查核对"),
                    }) {
                assertThatThrownBy(refused::execute).hasMessageContaining("（录入员）无权");
            }
            assertThat(dir.resolve("full.xlsx")).doesNotExist();
        }
    }
}
