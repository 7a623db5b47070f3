package org.branchdesk.service.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.common.Choice;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.households.Household;
import org.branchdesk.domain.orgs.BranchGroup;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.domain.places.Building;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.units.Unit;
import org.branchdesk.service.Services;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.importing.ImportOptions;
import org.branchdesk.service.importing.ImportPlan;
import org.branchdesk.service.importing.ImportPlan.Fate;
import org.branchdesk.service.importing.ImportProgress;
import org.branchdesk.service.members.MemberService;
import org.branchdesk.service.orgs.PartyOrgService;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.service.surveys.SurveyService.CompoundRow;
import org.branchdesk.store.AuditLog;
import org.branchdesk.store.FxThreadGuard;
import org.branchdesk.store.Store;
import org.branchdesk.store.accounts.DataKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Buildings, contact households and residents under assistance; party groups and their leaders. */
class HouseholdsAndGroupsTest {
    @TempDir Path dir;
    Store store;
    Services s;

    @BeforeEach
    void open() {
        store = Store.open(dir, Clock.systemDefaultZone(), FxThreadGuard.NONE, DataKey.random());
        s = Services.of(store, new Actor("测试员", Role.ADMIN));
        s.demo().load(0, false);
    }

    @AfterEach
    void close() {
        s.close();
    }

    private CompoundRow compound(String name) {
        return s.surveys().compounds().stream()
                .filter(r -> r.compound().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private List<BranchGroup> groups() {
        return s.orgs().chart(false).stream()
                .flatMap(HouseholdsAndGroupsTest::flatten)
                .flatMap(n -> n.groups().stream())
                .toList();
    }

    private static Stream<PartyOrgService.ChartNode> flatten(PartyOrgService.ChartNode n) {
        return Stream.concat(
                Stream.of(n), n.children().stream().flatMap(HouseholdsAndGroupsTest::flatten));
    }

    @Test
    void theDemoRecordsTheBuildingsItsMembersLiveInAndLinksGroupLeaders() {
        CompoundRow huaiyin = compound("槐荫里");
        List<HouseholdService.BuildingLine> buildings =
                s.households().buildings(huaiyin.compoundId());
        assertThat(buildings).isNotEmpty();
        assertThat(buildings.stream().mapToInt(HouseholdService.BuildingLine::members).sum())
                .isPositive();
        // natural order: 2号楼 before 10号楼
        List<String> names = buildings.stream().map(l -> l.building().name()).toList();
        assertThat(names)
                .isSortedAccordingTo(
                        (a, b) ->
                                Integer.compare(
                                        Integer.parseInt(Building.key(a)),
                                        Integer.parseInt(Building.key(b))));
        // every demo group's leader is a member of its branch, linked to the record
        assertThat(groups())
                .isNotEmpty()
                .allSatisfy(g -> assertThat(g.leaderMemberId()).as(g.name()).isNotNull());
        // a party group named after a building sits in it
        assertThat(groups())
                .filteredOn(g -> g.kind() == BranchGroup.Kind.BUILDING_PARTY_GROUP)
                .allSatisfy(g -> assertThat(g.buildingId()).as(g.name()).isNotNull());
        // and the four contact households of 毛婷敏党员中心户 are on the register
        assertThat(s.households().households(huaiyin.compoundId()))
                .filteredOn(l -> "毛婷敏党员中心户".equals(l.centralHousehold()))
                .hasSize(4)
                .allSatisfy(l -> assertThat(l.maskedPhone()).matches("199\\*{4}\\d{4}"));
    }

    @Test
    void aBuildingIsRecordedOnceWhateverWayItsNameIsWritten() {
        UUID compound = compound("槐荫里").compoundId();
        Building b = s.households().addBuilding(compound, "88号楼", 3, 36);
        assertThatThrownBy(() -> s.households().addBuilding(compound, "88栋", null, null))
                .isInstanceOf(ValidationError.class)
                .hasMessageContaining("88号楼");
        Building renamed = s.households().updateBuilding(b.id(), "88号楼（东）", 3, 40);
        assertThat(renamed.households()).isEqualTo(40);
        assertThat(s.households().fillFromResidences(null))
                .as("the demo's residences are all recorded")
                .isZero();
    }

    @Test
    void aResidentUnderAssistanceIsAddedChangedAndTakenOffWithoutLosingHistory() {
        UUID compound = compound("纺机厂家属院").compoundId();
        Map<String, Integer> before = s.stats().counts();
        Household h =
                s.households()
                        .addHousehold(
                                new HouseholdService.Draft(
                                        Household.Kind.ASSISTED,
                                        compound,
                                        null,
                                        "2",
                                        "301",
                                        "王桂英",
                                        "199-0000-1234",
                                        null,
                                        "独居老人，需定期探访"));
        assertThat(s.stats().counts().get("assisted_households"))
                .isEqualTo(before.get("assisted_households") + 1);
        HouseholdService.HouseholdLine line =
                s.households().households(compound).stream()
                        .filter(l -> l.household().id().equals(h.id()))
                        .findFirst()
                        .orElseThrow();
        assertThat(line.maskedPhone()).isEqualTo("199****1234");
        assertThat(line.address()).isEqualTo("2单元 301");
        s.households()
                .updateHousehold(
                        h.id(),
                        new HouseholdService.Draft(
                                Household.Kind.ASSISTED,
                                compound,
                                null,
                                "2",
                                "302",
                                "王桂英",
                                h.phone(),
                                null,
                                "独居老人"));
        int needsBefore = needsInFile();
        s.households().removeHousehold(h.id());
        assertThat(s.households().households(compound))
                .noneMatch(l -> l.household().id().equals(h.id()));
        assertThat(needsInFile())
                .as("a household taken off the register still has its row in the file")
                .isEqualTo(needsBefore);
        assertThat(s.stats().counts()).isEqualTo(before);
        List<AuditLog.Entry> history =
                store.read(x -> x.audit().latest(20)).stream()
                        .filter(e -> e.entityId().equals(h.id()))
                        .toList();
        assertThat(history)
                .extracting(AuditLog.Entry::action)
                .containsExactlyInAnyOrder(
                        AuditLog.Action.CREATE, AuditLog.Action.UPDATE, AuditLog.Action.DELETE);
        assertThat(history)
                .allSatisfy(
                        e ->
                                assertThat(e.beforeJson() + e.afterJson())
                                        .contains("王桂英")
                                        .doesNotContain("独居")
                                        .doesNotContain("00001234"));
    }

    @Test
    void aContactHouseholdNeedsACentralHouseholdOfThisOffice() {
        UUID compound = compound("槐荫里").compoundId();
        assertThatThrownBy(
                        () ->
                                s.households()
                                        .addHousehold(
                                                new HouseholdService.Draft(
                                                        Household.Kind.CONTACT,
                                                        compound,
                                                        null,
                                                        null,
                                                        null,
                                                        "李秀兰",
                                                        null,
                                                        null,
                                                        null)))
                .isInstanceOf(ValidationError.class)
                .hasMessageContaining("党员中心户");
        assertThatThrownBy(
                        () ->
                                s.households()
                                        .addHousehold(
                                                new HouseholdService.Draft(
                                                        Household.Kind.CONTACT,
                                                        compound,
                                                        null,
                                                        null,
                                                        null,
                                                        "李秀兰",
                                                        null,
                                                        UUID.randomUUID(),
                                                        null)))
                .hasMessageContaining("找不到该党小组或党员中心户");
    }

    @Test
    void aGroupIsSetUpFromTheScreenWithALeaderFromItsBranch() {
        PartyOrg branch =
                s.orgs().list().stream()
                        .filter(o -> o.name().equals("槐荫里党支部"))
                        .findFirst()
                        .orElseThrow();
        List<PartyOrgService.LeaderChoice> leaders = s.orgs().leaderChoices(branch.id());
        assertThat(leaders).isNotEmpty();
        List<Choice> buildings = s.orgs().buildingChoices(branch.id());
        Choice building = buildings.get(buildings.size() - 1);
        BranchGroup g =
                s.orgs()
                        .addGroup(
                                new PartyOrgService.GroupDraft(
                                        BranchGroup.Kind.BUILDING_PARTY_GROUP,
                                        branch.id(),
                                        building.label() + "第二党小组",
                                        building.id(),
                                        leaders.get(0).memberId(),
                                        null));
        assertThat(g.leaderName()).isEqualTo(leaders.get(0).name());
        assertThat(g.compoundId()).isEqualTo(compound("槐荫里").compoundId());
        assertThatThrownBy(
                        () ->
                                s.orgs()
                                        .addGroup(
                                                new PartyOrgService.GroupDraft(
                                                        BranchGroup.Kind.BUILDING_PARTY_GROUP,
                                                        branch.id(),
                                                        g.name(),
                                                        null,
                                                        null,
                                                        null)))
                .hasMessageContaining("已有");
        // a member of another branch cannot lead it
        PartyOrg other =
                s.orgs().list().stream()
                        .filter(
                                o ->
                                        o.type() == OrgType.COMPOUND_BRANCH
                                                && !o.id().equals(branch.id())
                                                && !s.orgs().leaderChoices(o.id()).isEmpty())
                        .findFirst()
                        .orElseThrow();
        UUID stranger = s.orgs().leaderChoices(other.id()).get(0).memberId();
        assertThatThrownBy(() -> s.orgs().updateGroup(g.id(), null, stranger, null))
                .isInstanceOf(ValidationError.class)
                .hasMessageContaining("本支部");
        BranchGroup changed =
                s.orgs().updateGroup(g.id(), building.id(), leaders.get(1).memberId(), null);
        assertThat(changed.leaderMemberId()).isEqualTo(leaders.get(1).memberId());
    }

    @Test
    void reImportingAGroupWithANewLeaderUpdatesItAndCountsNothingNew() throws Exception {
        Map<String, Integer> before = s.stats().counts();
        BranchGroup central =
                groups().stream()
                        .filter(g -> g.name().equals("毛婷敏党员中心户"))
                        .findFirst()
                        .orElseThrow();
        Path file = dir.resolve("groups.csv");
        Files.writeString(
                file,
                "党组织名称,党组织类别,上级党组织,所在社区,所建小区,负责人,联系户\n"
                        + "毛婷敏党员中心户,党员中心户,槐荫里党支部,青槐社区,槐荫里,毛婷敏,14号楼1单元101、102\n",
                StandardCharsets.UTF_8);
        ImportPlan.Result result =
                s.imports()
                        .run(
                                s.orgImport(),
                                file,
                                ImportOptions.ALL_OR_NOTHING,
                                ImportProgress.NONE);
        assertThat(result.plan().rows())
                .extracting(ImportPlan.RowOutcome::fate)
                .containsExactly(Fate.UPDATE);
        BranchGroup after =
                groups().stream()
                        .filter(g -> g.id().equals(central.id()))
                        .findFirst()
                        .orElseThrow();
        assertThat(after.contactHouseholds()).isEqualTo("14号楼1单元101、102");
        assertThat(after.leaderMemberId()).isEqualTo(central.leaderMemberId());
        assertThat(s.stats().counts()).isEqualTo(before);
        assertThat(
                        s.imports()
                                .run(
                                        s.orgImport(),
                                        file,
                                        ImportOptions.ALL_OR_NOTHING,
                                        ImportProgress.NONE)
                                .plan()
                                .rows())
                .extracting(ImportPlan.RowOutcome::fate)
                .containsExactly(Fate.UNCHANGED);
    }

    @Test
    void aHouseholdListWithABadRowChangesNothing() throws Exception {
        Map<String, Integer> before = s.stats().counts();
        Path file = dir.resolve("households.csv");
        Files.writeString(
                file,
                "帮扶对象名单\n类别,小区,楼栋,户主姓名,帮扶需求\n帮扶对象,槐荫里,99号楼,王桂英,独居老人\n" + "帮扶对象,槐荫里,99号楼,李秀兰,\n",
                StandardCharsets.UTF_8);
        ImportPlan.Result result =
                s.imports()
                        .run(
                                s.householdImport(),
                                file,
                                ImportOptions.ALL_OR_NOTHING,
                                ImportProgress.NONE);
        assertThat(result.applied()).isFalse();
        assertThat(result.plan().refused())
                .singleElement()
                .satisfies(r -> assertThat(r.describe()).startsWith("第4行").contains("帮扶需求"));
        assertThat(result.plan().notes()).anyMatch(n -> n.contains("99号楼"));
        assertThat(s.stats().counts()).isEqualTo(before);
        ImportPlan.Result skipped =
                s.imports()
                        .run(
                                s.householdImport(),
                                file,
                                ImportOptions.SKIP_INVALID,
                                ImportProgress.NONE);
        assertThat(skipped.applied()).isTrue();
        assertThat(s.stats().counts().get("buildings")).isEqualTo(before.get("buildings") + 1);
        assertThat(s.stats().counts().get("assisted_households"))
                .isEqualTo(before.get("assisted_households") + 1);
    }

    @Test
    void aResidentWhoIsBothAContactAndAssistedIsTwoRecordsAndAReImportChangesNothing()
            throws Exception {
        Path file = dir.resolve("both.csv");
        Files.writeString(
                file,
                "类别,小区,楼栋,单元,房号,户主姓名,党员中心户,帮扶需求\n"
                        + "联系户,槐荫里,14号楼,1,301,周桂兰,毛婷敏党员中心户,\n"
                        + "帮扶对象,槐荫里,14号楼,1,301,周桂兰,,独居老人\n",
                StandardCharsets.UTF_8);
        assertThat(
                        s.imports()
                                .run(
                                        s.householdImport(),
                                        file,
                                        ImportOptions.ALL_OR_NOTHING,
                                        ImportProgress.NONE)
                                .plan()
                                .rows())
                .extracting(ImportPlan.RowOutcome::fate)
                .containsExactly(Fate.NEW, Fate.NEW);
        Map<String, Integer> after = s.stats().counts();
        assertThat(
                        s.imports()
                                .run(
                                        s.householdImport(),
                                        file,
                                        ImportOptions.ALL_OR_NOTHING,
                                        ImportProgress.NONE)
                                .plan()
                                .rows())
                .extracting(ImportPlan.RowOutcome::fate)
                .containsExactly(Fate.UNCHANGED, Fate.UNCHANGED);
        assertThat(s.stats().counts()).isEqualTo(after);
    }

    @Test
    void movingACompoundMovesItsMembersToTheOtherCommunity() {
        CompoundRow row = compound("槐荫里");
        Community other =
                s.places().communities().stream()
                        .filter(c -> !c.name().equals(row.community()))
                        .findFirst()
                        .orElseThrow();
        s.places().moveCompound(row.compoundId(), other.id());
        List<MemberService.Row> rows =
                s.members()
                        .search(
                                new MemberFilter(
                                        null,
                                        null,
                                        row.compoundId(),
                                        null,
                                        null,
                                        null,
                                        null,
                                        false),
                                500)
                        .rows();
        assertThat(rows)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.community()).isEqualTo(other.name()));
    }

    @Test
    void aTemporaryBranchNamedAsAMembersBranchBecomesTakingPartIn() throws Exception {
        PartyOrg temporary =
                s.orgs().list().stream()
                        .filter(o -> o.isActive() && o.type() == OrgType.TEMPORARY_BRANCH)
                        .findFirst()
                        .orElseThrow();
        int links = s.stats().counts().get("temporary_branch_members");
        Path file = dir.resolve("m.csv");
        Files.writeString(
                file,
                "姓名,公民身份号码,入党日期,转正日期,所在党组织\n"
                        + "欧阳明远,990101198001010014,2005-07-01,2006-07-01,"
                        + temporary.name()
                        + "\n",
                StandardCharsets.UTF_8);
        ImportPlan.Result r =
                s.imports()
                        .run(
                                s.memberImport(),
                                file,
                                ImportOptions.ALL_OR_NOTHING,
                                ImportProgress.NONE);
        assertThat(r.applied()).isTrue();
        assertThat(r.plan().notes()).anyMatch(n -> n.contains("组织关系不转入临时党支部"));
        assertThat(s.stats().counts().get("temporary_branch_members")).isEqualTo(links + 1);
        MemberService.Row m = s.members().search(MemberFilter.text("欧阳明远"), 5).rows().get(0);
        assertThat(m.org()).isNull();
    }

    @Test
    void aResidentUnitsKindComesFromItsColumnAndAWrongOneIsRefused() throws Exception {
        Path file = dir.resolve("units.csv");
        Files.writeString(
                file,
                "党组织名称,党组织类别,上级党组织,所在社区,所属单位,单位类别\n"
                        + "青槐科技党支部,驻区单位党组织,青槐街道党工委,青槐社区,青槐科技有限公司,“两新”组织\n"
                        + "青槐商场党支部,驻区单位党组织,青槐街道党工委,青槐社区,青槐商场,商场\n",
                StandardCharsets.UTF_8);
        ImportPlan.Result refused =
                s.imports()
                        .run(
                                s.orgImport(),
                                file,
                                ImportOptions.ALL_OR_NOTHING,
                                ImportProgress.NONE);
        assertThat(refused.applied()).isFalse();
        assertThat(refused.plan().refused())
                .singleElement()
                .satisfies(
                        r ->
                                assertThat(r.describe())
                                        .startsWith("第3行 单位类别")
                                        .contains("商圈、楼宇、市场、园区"));
        assertThat(
                        s.imports()
                                .run(
                                        s.orgImport(),
                                        file,
                                        ImportOptions.SKIP_INVALID,
                                        ImportProgress.NONE)
                                .applied())
                .isTrue();
        assertThat(s.units().list())
                .anySatisfy(
                        r -> {
                            assertThat(r.unit().name()).isEqualTo("青槐科技有限公司");
                            assertThat(r.unit().kind()).isEqualTo(Unit.Kind.TWO_NEW);
                            assertThat(r.partyOrg()).isEqualTo("青槐科技党支部");
                        });
    }

    private int needsInFile() {
        return s.privacy().inventory().stream()
                .filter(i -> i.what().startsWith("帮扶需求"))
                .findFirst()
                .orElseThrow()
                .count();
    }
}
