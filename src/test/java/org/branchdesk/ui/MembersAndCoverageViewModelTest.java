package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.branchdesk.domain.members.CitizenId;
import org.branchdesk.domain.members.Departure;
import org.branchdesk.domain.members.Presence;
import org.branchdesk.domain.members.Registration;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.domain.orgs.BranchRules;
import org.branchdesk.service.Services;
import org.branchdesk.service.coverage.CoverageService;
import org.branchdesk.service.importing.ImportPlan;
import org.branchdesk.service.members.MemberService;
import org.branchdesk.service.sheets.SheetReader;
import org.branchdesk.testing.CurrentThreadTaskExecutor;
import org.branchdesk.testing.TestOffice;
import org.branchdesk.ui.coverage.CoverageViewModel;
import org.branchdesk.ui.dashboard.DashboardViewModel;
import org.branchdesk.ui.members.MembersViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MembersAndCoverageViewModelTest {
    @TempDir Path dir;
    Services services;
    CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();

    @BeforeEach
    void open() {
        services = TestOffice.open(dir.resolve("office"));
        services.demo().load(0, false);
    }

    @AfterEach
    void close() {
        assertThat(tasks.unhandled()).isEmpty();
        services.close();
    }

    @Test
    void aMemberTakesPartInATemporaryBranchAndLeavesItWhileMembershipStays() {
        MembersViewModel vm =
                new MembersViewModel(
                        services.members(), services.imports(), services.memberImport(), tasks);
        vm.search();
        var row = vm.rows().get(0);
        String branchBefore = row.org();
        int linksBefore = services.stats().counts().get("temporary_branch_members");
        vm.loadParticipations(row);
        assertThat(vm.temporaryBranches()).isNotEmpty();
        int before = vm.participations().size();
        var branch =
                vm.temporaryBranches().stream()
                        .filter(
                                b ->
                                        vm.participations().stream()
                                                .noneMatch(
                                                        p ->
                                                                p.isCurrent()
                                                                        && p.branch()
                                                                                .equals(b.label())))
                        .findFirst()
                        .orElseThrow();
        vm.joinTemporaryBranch(branch, LocalDate.of(1990, 1, 1));
        assertThat(vm.noticeProperty().get().text())
                .as("before the member joined the party")
                .contains("不能早于");
        vm.joinTemporaryBranch(branch, LocalDate.of(2026, 11, 1));
        assertThat(vm.noticeProperty().get().text()).isEqualTo("已登记参加。");
        assertThat(vm.participations())
                .hasSize(before + 1)
                .anyMatch(p -> p.isCurrent() && p.branch().equals(branch.label()));
        vm.joinTemporaryBranch(branch, LocalDate.of(2026, 11, 2));
        assertThat(vm.noticeProperty().get().text()).contains("已在参加").contains(branch.label());
        var current =
                vm.participations().stream()
                        .filter(p -> p.branch().equals(branch.label()))
                        .findFirst()
                        .orElseThrow();
        vm.leaveTemporaryBranch(current, LocalDate.of(2026, 10, 1));
        assertThat(vm.noticeProperty().get().text()).contains("不能早于参加日期 2026-11-01");
        vm.leaveTemporaryBranch(current, LocalDate.of(2026, 11, 20));
        assertThat(vm.participations())
                .anyMatch(
                        p ->
                                p.branch().equals(branch.label())
                                        && !p.isCurrent()
                                        && p.leftOn().equals(LocalDate.of(2026, 11, 20)));
        assertThat(services.stats().counts().get("temporary_branch_members"))
                .isEqualTo(linksBefore + 1);
        vm.search();
        assertThat(vm.rows().get(0).org())
                .as("membership stays where it is")
                .isEqualTo(branchBefore);
    }

    @Test
    void aMemberIsFoundByATagTypedInTheForm() {
        MembersViewModel vm =
                new MembersViewModel(
                        services.members(), services.imports(), services.memberImport(), tasks);
        vm.search();
        var row = vm.rows().get(3);
        var m = services.members().get(row.id());
        services.members()
                .update(
                        row.id(),
                        new MemberService.NewMember(
                                m.name(),
                                null,
                                m.phone(),
                                m.joinedOn(),
                                m.fullOn(),
                                m.standing(),
                                m.registration(),
                                m.presence(),
                                m.compoundId(),
                                m.orgId(),
                                m.building(),
                                m.unit(),
                                m.room(),
                                m.workplace(),
                                m.ethnicGroup(),
                                m.education(),
                                m.note(),
                                "退役军人，志愿者"));
        assertThat(services.members().get(row.id()).tags()).isEqualTo("退役军人、志愿者");
        vm.textProperty().set("退役军人");
        assertThat(vm.rows()).extracting(r -> r.id()).containsExactly(row.id());
    }

    @Test
    void typingAndFilteringNarrowTheListWithIdsMasked() {
        MembersViewModel vm =
                new MembersViewModel(
                        services.members(), services.imports(), services.memberImport(), tasks);
        vm.search();
        assertThat(vm.rows()).hasSize(MembersViewModel.PAGE);
        assertThat(vm.summaryProperty().get()).contains("显示前 500 名");
        assertThat(vm.rows())
                .allSatisfy(r -> assertThat(r.maskedId()).matches("\\d{6}\\*{8}[0-9X]{4}"));

        vm.standingProperty().set(Standing.PROBATIONARY);
        assertThat(vm.rows()).isNotEmpty().allMatch(r -> r.standing() == Standing.PROBATIONARY);
        vm.registrationProperty().set(Registration.COMMUNITY);
        assertThat(vm.rows()).allMatch(r -> r.registration() == Registration.COMMUNITY);

        vm.standingProperty().set(null);
        vm.registrationProperty().set(null);
        String someone = vm.rows().get(3).name();
        vm.textProperty().set(someone);
        assertThat(vm.rows()).isNotEmpty().allMatch(r -> r.name().contains(someone));
        assertThat(vm.summaryProperty().get()).endsWith("名党员");

        vm.textProperty().set("没有这个人");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.summaryProperty().get()).isEqualTo("没有符合条件的党员");
    }

    @Test
    void anImportIsPreviewedThenAppliedAndTheListShowsTheNewMember() throws Exception {
        MembersViewModel vm =
                new MembersViewModel(
                        services.members(), services.imports(), services.memberImport(), tasks);
        String first17 = "99010119700101123";
        Path file = dir.resolve("新党员.csv");
        Files.writeString(
                file,
                "姓名,公民身份号码,所在社区,所在小区\n欧阳明远,"
                        + first17
                        + CitizenId.checkCharacter(first17)
                        + ",青槐社区,青槐小区\n无名,123\n",
                StandardCharsets.UTF_8);
        vm.previewImport(file);
        ImportPlan plan = vm.pendingImportProperty().get();
        assertThat(plan.count(ImportPlan.Fate.NEW)).isEqualTo(1);
        assertThat(plan.count(ImportPlan.Fate.REFUSED)).isEqualTo(1);
        assertThat(services.stats().counts()).containsEntry("members", 604);

        vm.confirmImport(true);
        assertThat(vm.pendingImportProperty().get()).isNull();
        assertThat(vm.noticeProperty().get().text()).startsWith("导入完成");
        assertThat(services.stats().counts()).containsEntry("members", 605);
        vm.textProperty().set("欧阳");
        assertThat(vm.rows())
                .singleElement()
                .satisfies(r -> assertThat(r.compound()).isEqualTo("青槐小区"));
    }

    @Test
    void anExportHasNoIdNumberInClear() throws Exception {
        MembersViewModel vm =
                new MembersViewModel(
                        services.members(), services.imports(), services.memberImport(), tasks);
        Path out = dir.resolve("党员.xlsx");
        vm.export(out);
        assertThat(vm.noticeProperty().get().text()).contains("已导出 604 行");
        var rows = SheetReader.read(Files.readAllBytes(out), "党员.xlsx");
        assertThat(rows).hasSize(605);
        assertThat(rows.get(0).cells()).contains("公民身份号码");
        assertThat(rows.subList(1, rows.size()))
                .allSatisfy(r -> assertThat(r.cell(2)).contains("********"));
    }

    @Test
    void aFullExportWithoutAReasonIsRefusedAndWritesNoFile() throws Exception {
        MembersViewModel vm =
                new MembersViewModel(
                        services.members(), services.imports(), services.memberImport(), tasks);
        Path out = dir.resolve("完整.xlsx");
        vm.exportFull(out, "");
        assertThat(vm.noticeProperty().get().text()).contains("导出理由");
        assertThat(out).doesNotExist();
        vm.clearNotice();
        vm.exportFull(out, "区委组织部核对党员信息");
        assertThat(vm.noticeProperty().get().text()).contains("理由已记入审计日志");
        var rows = SheetReader.read(Files.readAllBytes(out), "完整.xlsx");
        assertThat(rows.get(1).cell(2)).doesNotContain("*");
    }

    @Test
    void aMemberAddedByHandIsCheckedLikeAnImportAndFoundAtOnce() {
        MembersViewModel vm =
                new MembersViewModel(
                        services.members(), services.imports(), services.memberImport(), tasks);
        vm.loadChoices();
        var choices = vm.choicesProperty().get();
        assertThat(choices.compounds()).hasSize(60);
        assertThat(choices.branches()).isNotEmpty();
        String first17 = "99010119900101123";
        String id = first17 + CitizenId.checkCharacter(first17);
        var form =
                new MemberService.NewMember(
                        "欧阳明远",
                        id,
                        "13900001111",
                        LocalDate.of(2015, 7, 1),
                        LocalDate.of(2016, 7, 1),
                        Standing.FULL,
                        Registration.COMMUNITY,
                        Presence.RESIDENT,
                        choices.compounds().get(0).id(),
                        choices.branches().get(0).id(),
                        "3号楼",
                        "1单元",
                        "101",
                        null);
        vm.addMember(form);
        assertThat(vm.noticeProperty().get().text()).isEqualTo("已登记党员“欧阳明远”。");
        assertThat(vm.rows())
                .singleElement()
                .satisfies(r -> assertThat(r.maskedId()).contains("********"));
        vm.clearNotice();
        vm.addMember(form);
        assertThat(vm.noticeProperty().get().text()).contains("已经登记");
        vm.clearNotice();
        vm.addMember(
                new MemberService.NewMember(
                        "少年",
                        "99010120150101123" + CitizenId.checkCharacter("99010120150101123"),
                        null,
                        LocalDate.of(2020, 1, 1),
                        null,
                        Standing.PROBATIONARY,
                        Registration.COMMUNITY,
                        Presence.RESIDENT,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        assertThat(vm.noticeProperty().get().text()).isEqualTo("入党日期：入党时未满 18 周岁");
        assertThat(services.stats().counts()).containsEntry("members", 605);
    }

    @Test
    void aMemberWhoLeavesDisappearsFromTheListButStaysOnTheRegister() {
        MembersViewModel vm =
                new MembersViewModel(
                        services.members(), services.imports(), services.memberImport(), tasks);
        vm.search();
        var row = vm.rows().get(0);
        vm.textProperty().set(row.name());
        int before = vm.rows().size();
        vm.leave(row, Departure.DECEASED, LocalDate.of(2025, 3, 1));
        assertThat(vm.noticeProperty().get().text()).contains("去世");
        assertThat(vm.rows()).hasSize(before - 1).noneMatch(r -> r.id().equals(row.id()));
        vm.includeDepartedProperty().set(true);
        assertThat(vm.rows())
                .anyMatch(r -> r.id().equals(row.id()) && r.departure() == Departure.DECEASED);
        assertThat(services.stats().counts()).containsEntry("members", 604);
    }

    @Test
    void aMemberIsEditedButKeepsTheIdNumberAndTheRulesStillHold() {
        MembersViewModel vm =
                new MembersViewModel(
                        services.members(), services.imports(), services.memberImport(), tasks);
        vm.loadChoices();
        vm.search();
        var row =
                vm.rows().stream()
                        .filter(r -> r.standing() == Standing.FULL)
                        .findFirst()
                        .orElseThrow();
        vm.edit(row);
        var member = vm.editingProperty().get();
        assertThat(member.id()).isEqualTo(row.id());
        var form =
                new MemberService.NewMember(
                        member.name(),
                        null,
                        "13911112222",
                        member.joinedOn(),
                        member.fullOn(),
                        member.standing(),
                        member.registration(),
                        Presence.WENT_OUT,
                        member.compoundId(),
                        member.orgId(),
                        member.building(),
                        member.unit(),
                        member.room(),
                        member.workplace());
        vm.saveEdit(member.id(), form);
        assertThat(vm.noticeProperty().get().text()).startsWith("已保存");
        assertThat(services.members().get(member.id()).phone()).isEqualTo("13911112222");
        assertThat(services.members().get(member.id()).citizenId()).isEqualTo(member.citizenId());
        vm.clearNotice();
        vm.saveEdit(
                member.id(),
                new MemberService.NewMember(
                        member.name(),
                        null,
                        null,
                        member.fullOn().plusDays(1),
                        member.fullOn(),
                        Standing.FULL,
                        member.registration(),
                        member.presence(),
                        member.compoundId(),
                        member.orgId(),
                        null,
                        null,
                        null,
                        null));
        assertThat(vm.noticeProperty().get().text()).isEqualTo("入党日期：入党日期晚于转正日期");
        assertThat(services.members().get(member.id()).phone()).isEqualTo("13911112222");
    }

    @Test
    void theCoverageViewFiltersAndSummarises() {
        CoverageViewModel vm = new CoverageViewModel(services.coverage(), tasks);
        vm.reload();
        assertThat(vm.lines()).hasSize(60);
        assertThat(vm.summaryProperty().get()).startsWith("共 60 个小区");
        vm.filterProperty().set(CoverageService.Filter.NO_BRANCH);
        assertThat(vm.lines()).isNotEmpty().hasSizeLessThan(60);
        vm.filterProperty().set(CoverageService.Filter.OWNERLESS);
        assertThat(vm.lines()).allMatch(CoverageService.Line::ownerless);
    }

    @Test
    void theOverviewAddsUpAndItsSlicesOpenTheirLists() {
        List<Object> opened = new ArrayList<>();
        var vm =
                new DashboardViewModel(
                        services.coverage(),
                        services.privacy(),
                        tasks,
                        new DashboardViewModel.Navigator() {
                            @Override
                            public void showCoverage(
                                    CoverageService.Filter filter, String community) {
                                opened.add(filter);
                                if (community != null) {
                                    opened.add(community);
                                }
                            }

                            @Override
                            public void showMembers(Registration registration) {
                                opened.add(registration);
                            }
                        });
        vm.reload();
        var o = vm.overviewProperty().get();
        assertThat(o.compoundsByCoverage().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(60);
        assertThat(o.membersByRegistration().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(604);
        assertThat(o.ownerlessCovered() + o.ownerlessUncovered()).isEqualTo(8);
        assertThat(vm.personalData())
                .anySatisfy(
                        i -> {
                            assertThat(i.what()).isEqualTo("公民身份号码");
                            assertThat(i.count()).isEqualTo(604);
                        });
        assertThat(o.fourClearByCommunity())
                .hasSize(8)
                .allSatisfy(p -> assertThat(p.fourClear()).isBetween(0, p.compounds()));
        vm.openCoverage(BranchRules.Coverage.NONE);
        vm.openCoverage(BranchRules.Coverage.JOINT);
        vm.openOwnerless(false);
        vm.openMembers(Registration.OTHER_UNIT);
        vm.openNotFourClear("柳岸社区");
        assertThat(opened)
                .containsExactly(
                        CoverageService.Filter.NO_BRANCH,
                        CoverageService.Filter.JOINT_BRANCH,
                        CoverageService.Filter.OWNERLESS_UNCOVERED,
                        Registration.OTHER_UNIT,
                        CoverageService.Filter.NOT_FOUR_CLEAR,
                        "柳岸社区");

        // the list behind a slice is exactly the slice's compounds
        var coverage = new CoverageViewModel(services.coverage(), tasks);
        coverage.filterProperty().set(CoverageService.Filter.OWNERLESS_UNCOVERED);
        assertThat(coverage.lines()).hasSize(o.ownerlessUncovered());
        coverage.filterProperty().set(CoverageService.Filter.NOT_FOUR_CLEAR);
        coverage.communityProperty().set("柳岸社区");
        var liuan =
                o.fourClearByCommunity().stream()
                        .filter(p -> p.community().equals("柳岸社区"))
                        .findFirst()
                        .orElseThrow();
        assertThat(coverage.lines())
                .hasSize(liuan.compounds() - liuan.fourClear())
                .allMatch(l -> l.community().equals("柳岸社区"));
    }
}
