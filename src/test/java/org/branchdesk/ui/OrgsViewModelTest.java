package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.service.Services;
import org.branchdesk.service.orgs.PartyOrgService;
import org.branchdesk.service.orgs.PartyOrgService.ChartNode;
import org.branchdesk.testing.CurrentThreadTaskExecutor;
import org.branchdesk.testing.TestOffice;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.orgs.OrgsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrgsViewModelTest {
    @TempDir Path dir;
    Services services;
    OrgsViewModel vm;
    CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();

    @BeforeEach
    void open() {
        services = TestOffice.open(dir);
        services.demo().load(0, false);
        vm =
                new OrgsViewModel(
                        services.orgs(),
                        tasks,
                        Clock.fixed(
                                LocalDate.of(2026, 11, 29)
                                        .atStartOfDay(ZoneId.systemDefault())
                                        .toInstant(),
                                ZoneId.systemDefault()));
        vm.reload();
    }

    @AfterEach
    void close() {
        assertThat(tasks.unhandled()).isEmpty();
        services.close();
    }

    static List<ChartNode> flat(List<ChartNode> nodes) {
        List<ChartNode> all = new ArrayList<>();
        for (ChartNode n : nodes) {
            all.add(n);
            all.addAll(flat(n.children()));
        }
        return all;
    }

    @Test
    void theTreeStartsAtTheWorkingCommitteeAndCountsEveryMemberOnce() {
        List<ChartNode> top = vm.chartProperty().get();
        assertThat(top)
                .singleElement()
                .satisfies(
                        n -> {
                            assertThat(n.org().type()).isEqualTo(OrgType.STREET_WORKING_COMMITTEE);
                            assertThat(n.totalMembers())
                                    .isEqualTo(
                                            flat(top).stream().mapToInt(ChartNode::members).sum());
                        });
        assertThat(vm.selectedProperty().get()).isEqualTo(top.get(0));
        assertThat(vm.facts()).extracting(OrgsViewModel.Fact::value).contains("中共青槐街道工作委员会");
    }

    @Test
    void aBranchShowsWhatTheRulesSayOfItsLeadership() {
        // a committee serving clears the flag; a big branch with nobody recorded keeps it
        assertThat(flat(vm.chartProperty().get()))
                .filteredOn(n -> n.fullMembers() >= 7 && n.servingSeats() >= 3)
                .isNotEmpty()
                .noneMatch(ChartNode::needsCommittee);
        ChartNode big =
                flat(vm.chartProperty().get()).stream()
                        .filter(
                                n ->
                                        n.org().type() == OrgType.COMPOUND_BRANCH
                                                && n.fullMembers() >= 7
                                                && n.servingSeats() == 0)
                        .findFirst()
                        .orElseThrow();
        vm.selectedProperty().set(big);
        assertThat(big.needsCommittee()).isTrue();
        assertThat(vm.facts())
                .extracting(OrgsViewModel.Fact::value)
                .anyMatch(v -> v.contains("应设支部委员会"));
    }

    @Test
    void aBranchListsItsPartyGroupsAndCentralHouseholdsWhichAreNotOrganizations() {
        ChartNode withGroups =
                flat(vm.chartProperty().get()).stream()
                        .filter(n -> !n.groups().isEmpty())
                        .findFirst()
                        .orElseThrow();
        vm.selectedProperty().set(withGroups);
        assertThat(vm.facts())
                .anyMatch(
                        f ->
                                f.label().equals("党小组和党员中心户")
                                        && f.value().contains("楼栋党小组")
                                        && f.value().contains("党员中心户")
                                        && f.value().contains("联系户"));
        assertThat(services.stats().counts())
                .containsEntry("organizations", 75)
                .containsEntry("party_groups", 36);
    }

    @Test
    void aTemporaryBranchCountsItsParticipantsWhoseMembershipStaysWhereItIs() {
        ChartNode temporary =
                flat(vm.chartProperty().get()).stream()
                        .filter(
                                n ->
                                        n.org().type() == OrgType.TEMPORARY_BRANCH
                                                && n.participants() > 0)
                        .findFirst()
                        .orElseThrow();
        assertThat(temporary.members()).as("nobody's membership moved to it").isZero();
        vm.selectedProperty().set(temporary);
        assertThat(vm.facts()).anyMatch(f -> f.value().contains("组织关系不变"));
    }

    @Test
    void aBranchIsSetUpUnderTheSelectedCommunityOnOneOfItsCompounds() {
        ChartNode community =
                vm.chartProperty().get().get(0).children().stream()
                        .filter(n -> n.org().type() == OrgType.COMMUNITY_PARTY_COMMITTEE)
                        .findFirst()
                        .orElseThrow();
        vm.selectedProperty().set(community);
        assertThat(vm.compoundChoices()).isNotEmpty();
        var compound = vm.compoundChoices().get(0);
        vm.createUnderSelected(
                new OrgsViewModel.NewOrg(
                        OrgType.JOINT_BRANCH,
                        "测试联合党支部",
                        Set.of(compound.id()),
                        LocalDate.of(2026, 11, 1),
                        null,
                        null,
                        null,
                        null));
        assertThat(vm.noticeProperty().get().text())
                .as("a joint branch needs 2 to 5 places")
                .contains("2 到 5");
        vm.clearNotice();
        vm.createUnderSelected(
                new OrgsViewModel.NewOrg(
                        OrgType.COMPOUND_BRANCH,
                        compound.name() + "第二党支部",
                        Set.of(compound.id()),
                        LocalDate.of(2026, 11, 1),
                        "关于成立的请示",
                        "青社党〔2026〕1号",
                        null,
                        null));
        assertThat(vm.noticeProperty().get().text()).isEmpty();
        ChartNode made = vm.selectedProperty().get();
        assertThat(made.org().name()).isEqualTo(compound.name() + "第二党支部");
        assertThat(made.org().parentId()).isEqualTo(community.org().id());
        assertThat(made.compounds()).containsExactly(compound.name());
        assertThat(made.org().fullName()).startsWith("中共");
    }

    @Test
    void aTemporaryBranchConvertsAndAnEmptyOneIsDissolvedButStaysVisibleOnRequest() {
        TestOffice.emptyTemporaryBranch(services);
        vm.reload();
        ChartNode temporary =
                flat(vm.chartProperty().get()).stream()
                        .filter(
                                n ->
                                        n.org().type() == OrgType.TEMPORARY_BRANCH
                                                && n.org().isActive()
                                                && n.members() == 0
                                                && n.participants() == 0)
                        .findFirst()
                        .orElseThrow();
        vm.selectedProperty().set(temporary);
        assertThat(vm.canConvert()).isTrue();
        vm.convertSelected(temporary.org().name().replace("临时", ""));
        assertThat(vm.selectedProperty().get().org().type()).isEqualTo(OrgType.COMPOUND_BRANCH);

        vm.dissolveSelected();
        assertThat(flat(vm.chartProperty().get()))
                .noneMatch(n -> n.org().id().equals(temporary.org().id()));
        vm.includeDissolvedProperty().set(true);
        assertThat(flat(vm.chartProperty().get()))
                .anyMatch(
                        n ->
                                n.org().id().equals(temporary.org().id())
                                        && n.org()
                                                .dissolvedOn()
                                                .equals(LocalDate.of(2026, 11, 29)));
    }

    @Test
    void anApprovalNumberIsCorrectedAndADissolutionTakesTheDecisionsDate() {
        ChartNode branch =
                flat(vm.chartProperty().get()).stream()
                        .filter(
                                n ->
                                        n.org().type() == OrgType.COMPOUND_BRANCH
                                                && n.org().approvalNo() != null)
                        .findFirst()
                        .orElseThrow();
        vm.selectedProperty().set(branch);
        var o = branch.org();
        vm.updateSelected(
                new PartyOrgService.Facts(
                        o.name(),
                        o.fullName().replace("支部", "支部委员会"),
                        o.establishedOn(),
                        o.requestTitle(),
                        o.requestNo(),
                        o.approvalTitle(),
                        "青槐街党工〔2020〕99号"));
        assertThat(vm.selectedProperty().get().org().approvalNo()).isEqualTo("青槐街党工〔2020〕99号");
        assertThat(vm.selectedProperty().get().org().fullName()).endsWith("支部委员会");
        vm.updateSelected(
                new PartyOrgService.Facts(
                        "", o.fullName(), o.establishedOn(), null, null, null, null));
        assertThat(vm.noticeProperty().get().text()).contains("名称").contains("不能为空");

        TestOffice.emptyTemporaryBranch(services);
        vm.reload();
        ChartNode empty =
                flat(vm.chartProperty().get()).stream()
                        .filter(
                                n ->
                                        n.org().type() == OrgType.TEMPORARY_BRANCH
                                                && n.org().isActive()
                                                && n.members() == 0
                                                && n.participants() == 0)
                        .findFirst()
                        .orElseThrow();
        vm.selectedProperty().set(empty);
        vm.dissolveSelected(LocalDate.of(2099, 1, 1));
        assertThat(vm.noticeProperty().get().text()).contains("不能晚于今天");
        vm.dissolveSelected(LocalDate.of(2021, 6, 30));
        vm.includeDissolvedProperty().set(true);
        assertThat(flat(vm.chartProperty().get()))
                .anyMatch(
                        n ->
                                n.org().id().equals(empty.org().id())
                                        && n.org().dissolvedOn().equals(LocalDate.of(2021, 6, 30)));
    }

    @Test
    void aDraggedBranchMovesUnderAnotherCommitteeAndTheMoveIsUndone() {
        ChartNode branch =
                flat(vm.chartProperty().get()).stream()
                        .filter(n -> n.org().type() == OrgType.COMPOUND_BRANCH)
                        .findFirst()
                        .orElseThrow();
        ChartNode other =
                flat(vm.chartProperty().get()).stream()
                        .filter(
                                n ->
                                        n.org().type() == OrgType.COMMUNITY_PARTY_COMMITTEE
                                                && !n.org().id().equals(branch.org().parentId()))
                        .findFirst()
                        .orElseThrow();
        UUID from = branch.org().parentId();
        vm.move(branch.org().id(), other.org().id());
        assertThat(parentOf(branch)).isEqualTo(other.org().id());
        assertThat(vm.lastMoveProperty().get()).isNotNull();
        vm.undoLastMove();
        assertThat(parentOf(branch)).isEqualTo(from);
        assertThat(vm.lastMoveProperty().get()).isNull();
        // a committee cannot go under its own branch
        ChartNode committee =
                flat(vm.chartProperty().get()).stream()
                        .filter(n -> n.org().id().equals(from))
                        .findFirst()
                        .orElseThrow();
        vm.move(committee.org().id(), branch.org().id());
        assertThat(vm.noticeProperty().get().text()).isNotEmpty();
    }

    private UUID parentOf(ChartNode n) {
        return flat(vm.chartProperty().get()).stream()
                .filter(x -> x.org().id().equals(n.org().id()))
                .findFirst()
                .orElseThrow()
                .org()
                .parentId();
    }

    @Test
    void aBranchWithMembersIsNotDissolvedAndTheClerkIsTold() {
        ChartNode withMembers =
                flat(vm.chartProperty().get()).stream()
                        .filter(n -> n.org().type().isBranchLevel() && n.members() > 0)
                        .findFirst()
                        .orElseThrow();
        vm.selectedProperty().set(withMembers);
        vm.dissolveSelected();
        assertThat(vm.noticeProperty().get().text()).contains("名党员");
        assertThat(flat(vm.chartProperty().get()))
                .anyMatch(n -> n.org().id().equals(withMembers.org().id()));
    }

    @Test
    void moveTargetsExcludeBranchesAndTheOrganizationsOwnSubtree() {
        ChartNode community =
                vm.chartProperty().get().get(0).children().stream()
                        .filter(n -> !n.org().type().isBranchLevel() && !n.children().isEmpty())
                        .findFirst()
                        .orElseThrow();
        vm.selectedProperty().set(community);
        assertThat(vm.moveTargets())
                .noneMatch(o -> o.id().equals(community.org().id()))
                .noneMatch(o -> o.type().isBranchLevel())
                .noneMatch(o -> community.org().id().equals(o.parentId()));
    }

    @Test
    void aSuccessIsShownAsASuccessAndARefusalAsARefusal() throws Exception {
        vm.export(dir.resolve("党组织.xlsx"));
        assertThat(vm.noticeProperty().get().kind())
                .as("已导出 is news, not 操作未执行")
                .isEqualTo(Notice.Kind.SUCCESS);
        assertThat(vm.noticeProperty().get().text()).contains("党组织.xlsx");
        vm.clearNotice();
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.NONE);

        ChartNode withMembers =
                flat(vm.chartProperty().get()).stream()
                        .filter(n -> n.org().type().isBranchLevel() && n.members() > 0)
                        .findFirst()
                        .orElseThrow();
        vm.selectedProperty().set(withMembers);
        vm.dissolveSelected(LocalDate.of(2026, 11, 1));
        assertThat(vm.noticeProperty().get().kind()).isEqualTo(Notice.Kind.FAILURE);
    }

    @Test
    void theButtonsFollowWhatTheRulesAllowForTheSelection() {
        List<ChartNode> all = flat(vm.chartProperty().get());
        ChartNode top = all.get(0);
        vm.selectedProperty().set(top);
        assertThat(vm.canCreateUnderProperty().get()).isTrue();
        assertThat(vm.canMoveProperty().get())
                .as("the working committee stays at the top")
                .isFalse();
        assertThat(vm.canAddGroupProperty().get()).isFalse();

        ChartNode branch =
                all.stream()
                        .filter(
                                n ->
                                        n.org().type() == OrgType.COMPOUND_BRANCH
                                                && n.org().isActive())
                        .findFirst()
                        .orElseThrow();
        vm.selectedProperty().set(branch);
        assertThat(vm.canCreateUnderProperty().get())
                .as("nothing is set up under a branch")
                .isFalse();
        assertThat(vm.canMoveProperty().get()).isTrue();
        assertThat(vm.canAddGroupProperty().get()).isTrue();
        assertThat(vm.canConvertProperty().get()).isFalse();
        assertThat(vm.canMoveUnder(branch.org().id(), top.org().id())).isTrue();
        assertThat(vm.canMoveUnder(top.org().id(), branch.org().id())).isFalse();

        vm.selectedProperty().set(null);
        assertThat(vm.canDissolveProperty().get()).isFalse();
        assertThat(vm.canEditProperty().get()).isFalse();
    }
}
