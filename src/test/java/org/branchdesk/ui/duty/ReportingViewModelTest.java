package org.branchdesk.ui.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.places.Community;
import org.branchdesk.service.Services;
import org.branchdesk.service.duty.ReportingService.Line;
import org.branchdesk.service.duty.ReportingService.PostChoice;
import org.branchdesk.service.duty.ReportingService.Reportable;
import org.branchdesk.service.units.UnitService;
import org.branchdesk.ui.common.Desk;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportingViewModelTest {
    @TempDir Path dir;
    DutyFixture office;
    ReportingViewModel vm;
    final List<Path> opened = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        office = DutyFixture.demo(dir);
        vm = page(office.services);
    }

    @AfterEach
    void close() {
        assertThat(office.tasks.unhandled()).isEmpty();
        office.close();
    }

    ReportingViewModel page(Services s) throws Exception {
        Desk desk =
                new Desk() {
                    @Override
                    public Object choosePrinter(String jobName) {
                        return "printer";
                    }

                    @Override
                    public void print(Object printer, Path pdf) {
                        opened.add(pdf);
                    }

                    @Override
                    public void open(Path pdf) {
                        opened.add(pdf);
                    }
                };
        Path scratch = Files.createDirectories(dir.resolve("scratch"));
        ReportingViewModel page =
                new ReportingViewModel(
                        s.reportings(),
                        s.places(),
                        s.units(),
                        office.tasks,
                        s.office().clock(),
                        s.actor().may(Permission.EDIT),
                        new NoticePrinting(
                                s.documents(),
                                office.tasks,
                                desk,
                                scratch,
                                s.actor().may(Permission.ISSUE_NOTICES)));
        page.reload();
        return page;
    }

    Community community(String name) {
        return vm.communities().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** A line of the demo's 青槐社区 with a post claimed (its roster keeps posts). */
    Line withPost() {
        return vm.rows().stream()
                .filter(l -> l.community().equals("青槐社区") && !l.posts().isEmpty())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theReportingMembersAreListedWithTheirUnitPostsAndHoursPhonesMasked() {
        assertThat(vm.rows()).as("the demo's reporting members").isNotEmpty();
        Line l = withPost();
        assertThat(ReportingViewModel.placeText(l)).isEqualTo("青槐社区 " + l.compound());
        assertThat(ReportingViewModel.postsText(l)).isEqualTo(String.join("、", l.posts()));
        assertThat(ReportingViewModel.hoursText(l)).isEqualTo(l.hoursServed().toPlainString());
        assertThat(ReportingViewModel.orgText(l)).isEqualTo(l.unitOrg());
        assertThat(vm.statusText(l)).isEqualTo("报到中");
        assertThat(vm.rows())
                .filteredOn(x -> !x.maskedPhone().isEmpty())
                .allSatisfy(x -> assertThat(x.maskedPhone()).contains("****"));
        assertThat(vm.summaryProperty().get()).startsWith("显示 " + vm.rows().size() + " 人；");

        vm.idleOnlyProperty().set(true);
        List<String> idle =
                office.services.reportings().withoutPost().stream().map(Line::member).toList();
        assertThat(vm.rows()).extracting(Line::member).containsExactlyElementsOf(idle);
        assertThat(vm.rows()).allSatisfy(x -> assertThat(vm.statusText(x)).isEqualTo("未认领岗位"));

        vm.idleOnlyProperty().set(false);
        vm.communityProperty().set(community("柳岸社区"));
        assertThat(vm.rows())
                .isNotEmpty()
                .allSatisfy(x -> assertThat(x.community()).isEqualTo("柳岸社区"));
        vm.textProperty().set("没有这个人");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.placeholderProperty().get()).isEqualTo("没有符合条件的报到党员");
    }

    @Test
    void aMemberRecordedThroughTheFormClaimsAPostServesHoursAndDropsTheClaim() {
        LocalDate today = vm.today();
        Line earlier = withPost();
        vm.end(earlier, today);
        assertThat(vm.noticeProperty().get().text())
                .isEqualTo("已记录：" + earlier.member() + " 的报到于 " + today + " 结束");
        assertThat(vm.rows())
                .as("ended ones are hidden")
                .extracting(Line::id)
                .doesNotContain(earlier.id());

        vm.communityProperty().set(community("青槐社区"));
        ReportingFormViewModel f = vm.newReporting();
        assertThat(f.communityProperty().get()).isEqualTo(community("青槐社区"));
        assertThat(f.missingProperty().get()).isEqualTo(I18n.text("reporting.form.missing"));
        assertThat(f.canSaveProperty().get()).isFalse();
        f.searchProperty().set(earlier.member());
        Reportable who = f.shown().get(0);
        assertThat(who.memberId()).isEqualTo(earlier.memberId());
        f.memberProperty().set(who);
        assertThat(f.compoundProperty().get()).as("where they live").isNotNull();
        assertThat(f.compoundProperty().get().id()).isEqualTo(who.compoundId());

        f.unitProperty().set(null);
        f.unitNameProperty().set("明川区某某研究所");
        f.unitOrgProperty().set("");
        assertThat(f.unitOrgMessageProperty().get()).isEqualTo("单位不在单位名册上时，须写明其党组织名称（反馈表寄给它）");
        assertThat(f.canSaveProperty().get()).isFalse();
        f.unitOrgProperty().set("明川区某某研究所党支部");
        f.reportedOnProperty().set(today.minusDays(1));
        assertThat(f.dateMessageProperty().get())
                .as("the days of the reporting just ended are not counted twice")
                .isEqualTo(
                        I18n.text("rule.reporting.overlapsEarlier", earlier.reportedOn(), today));
        f.reportedOnProperty().set(today.plusDays(1));
        assertThat(f.dateMessageProperty().get()).isEqualTo("日期不能晚于今天");
        f.reportedOnProperty().set(today);
        assertThat(f.canSaveProperty().get()).isTrue();

        f.save();

        assertThat(f.savedProperty().get()).isNotNull();
        Line line = vm.selectedProperty().get();
        assertThat(line.member()).isEqualTo(earlier.member());
        assertThat(line.unit()).isEqualTo("明川区某某研究所");
        assertThat(line.feedbackTo()).isEqualTo("明川区某某研究所党支部");
        assertThat(vm.statusText(line)).isEqualTo("未认领岗位");
        assertThat(vm.mayChangeProperty().get()).isTrue();
        assertThat(vm.mayDropProperty().get()).as("nothing claimed yet").isFalse();

        ClaimFormViewModel claim = vm.claimForm();
        assertThat(claim.posts()).isNotEmpty();
        PostChoice post = claim.posts().get(0);
        claim.postProperty().set(post);
        claim.claimedOnProperty().set(today.minusDays(1));
        assertThat(claim.dayMessageProperty().get()).isEqualTo("不能早于 " + today);
        assertThat(claim.canSaveProperty().get()).isFalse();
        claim.claimedOnProperty().set(today);
        claim.save();

        line = vm.selectedProperty().get();
        assertThat(line.posts()).containsExactly(post.name());
        assertThat(vm.statusText(line)).isEqualTo("报到中");
        assertThat(vm.claimsTextProperty().get())
                .isEqualTo(
                        line.member()
                                + "　反馈单寄送：明川区某某研究所党支部　认领岗位："
                                + post.name()
                                + "（"
                                + today
                                + " 起）");
        assertThat(vm.noticeProperty().get())
                .isEqualTo(
                        Notice.success(
                                "已记录："
                                        + line.member()
                                        + " 自 "
                                        + today
                                        + " 起认领岗位“"
                                        + post.name()
                                        + "”"));

        HoursFormViewModel hours = vm.hoursForm();
        hours.hoursProperty().set("两小时");
        assertThat(hours.hoursMessageProperty().get()).isEqualTo("请写数字，如 2 或 1.5");
        hours.hoursProperty().set("25");
        assertThat(hours.hoursMessageProperty().get()).isEqualTo("须大于 0、不超过 24 小时，最多一位小数");
        assertThat(hours.canSaveProperty().get()).isFalse();
        hours.hoursProperty().set("1.5");
        hours.whatProperty().set("代购物资");
        assertThat(hours.canSaveProperty().get()).isTrue();
        hours.save();
        assertThat(ReportingViewModel.hoursText(vm.selectedProperty().get())).isEqualTo("1.5");

        assertThat(vm.mayDropProperty().get()).isTrue();
        vm.drop(vm.claims().get(0));
        line = vm.selectedProperty().get();
        assertThat(line.posts()).isEmpty();
        assertThat(vm.statusText(line)).isEqualTo("未认领岗位");
        assertThat(vm.noticeProperty().get().text())
                .isEqualTo("已取消 " + line.member() + " 对“" + post.name() + "”的认领");
    }

    @Test
    void aUnitTypedThatIsOnTheRegisterIsLinkedAndNeedsNoOrganizationsName() {
        vm.end(withPost(), vm.today());
        ReportingFormViewModel f = vm.newReporting();
        f.memberProperty().set(f.shown().get(0));
        UnitService.Row unit = f.units().get(0);
        f.unitProperty().set(null);
        f.unitNameProperty().set(unit.unit().name());
        f.unitOrgProperty().set("");
        assertThat(f.unitLinkNoteProperty().get())
                .isEqualTo("单位名册上有“" + unit.unit().name() + "”：将关联该单位");
        assertThat(f.unitOrgMessageProperty().get()).isEmpty();
        assertThat(f.canSaveProperty().get()).isTrue();
        f.save();
        assertThat(vm.selectedProperty().get().unitOnRegister()).isTrue();
    }

    @Test
    void theFeedbackSheetIsIssuedOnceWithANumberAndReprintedWithIt() {
        vm.selectedProperty().set(withPost());
        vm.feedback(RosterPrinting.Action.OPEN, null);
        assertThat(opened).hasSize(1);
        String said = vm.noticeProperty().get().text();
        assertThat(said).startsWith("已生成 " + withPost().member() + " 的反馈单：").doesNotContain("草稿");
        vm.feedback(RosterPrinting.Action.PRINT, null);
        assertThat(opened).hasSize(2);
        assertThat(vm.noticeProperty().get().text()).as("a reprint, same number").isEqualTo(said);
        Path target = dir.resolve("反馈表.pdf");
        vm.feedback(RosterPrinting.Action.SAVE, target);
        assertThat(target).exists();
    }

    @Test
    void aSupervisorReadsAndPrintsADraftButRecordsNothing() throws Exception {
        office.close();
        office = DutyFixture.reopened(dir, Role.SUPERVISOR);
        vm = page(office.services);
        assertThat(vm.mayEdit()).isFalse();
        vm.selectedProperty().set(withPost());
        assertThat(vm.mayChangeProperty().get()).isFalse();
        assertThat(vm.feedbackIssued()).isFalse();
        vm.feedback(RosterPrinting.Action.OPEN, null);
        assertThat(vm.noticeProperty().get().text()).endsWith("草稿（未编号）");
    }
}
