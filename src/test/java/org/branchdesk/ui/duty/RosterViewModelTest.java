package org.branchdesk.ui.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.duty.Attendance;
import org.branchdesk.service.duty.RosterService;
import org.branchdesk.service.duty.RosterWeek;
import org.branchdesk.service.duty.TeamService.Candidate;
import org.branchdesk.testing.DemoRoster;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.duty.RosterViewModel.CellState;
import org.branchdesk.ui.duty.RosterViewModel.Choice;
import org.branchdesk.ui.duty.RosterViewModel.Slot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The week grid on the demo street's 青槐社区: a week of the past (2021) and one of the future (2030),
 * their shifts generated and people rostered by the tests themselves, away from the demo's own
 * February 2020.
 */
class RosterViewModelTest {
    /** A week that has begun long ago: attendance may be recorded. */
    static final LocalDate LAST_WEEK = LocalDate.of(2021, 3, 1);

    /** A week to come. */
    static final LocalDate FUTURE = LocalDate.of(2030, 3, 4);

    @TempDir Path dir;
    DutyFixture office;
    RosterViewModel vm;
    UUID community;

    @BeforeEach
    void open() {
        office = DutyFixture.demo(dir);
        community = office.services.roster().communityNamed("青槐社区");
        DemoRoster.generate(office.services, LAST_WEEK);
        DemoRoster.generate(office.services, FUTURE);
        vm = office.roster(dir.resolve("scratch"));
        vm.reload();
    }

    @AfterEach
    void close() {
        assertThat(office.tasks.unhandled()).isEmpty();
        office.close();
    }

    /** Shows a community's week, or a compound's. */
    void show(String compound, LocalDate day) {
        vm.communityProperty()
                .set(
                        vm.communities().stream()
                                .filter(c -> c.name().equals("青槐社区"))
                                .findFirst()
                                .orElseThrow());
        vm.compoundProperty()
                .set(
                        compound == null
                                ? null
                                : vm.compounds().stream()
                                        .filter(c -> c.name().equals(compound))
                                        .findFirst()
                                        .orElseThrow());
        vm.dayProperty().set(day);
    }

    /** The cell of a post's shift starting at {@code start} on the {@code day}th day (Monday 0). */
    Slot slot(String post, String start, int day) {
        return vm.rows().stream()
                .filter(r -> r.post().name().equals(post))
                .filter(r -> r.hours() != null && r.hours().start().equals(LocalTime.parse(start)))
                .findFirst()
                .map(r -> new Slot(r, day))
                .orElseThrow();
    }

    Candidate candidate(String name) {
        return vm.choices(name, false).stream()
                .map(Choice::person)
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** The {@code n}th member of the community in the side list. */
    Candidate member(int n) {
        return vm.shownCandidates().stream()
                .filter(Candidate::isMember)
                .skip(n)
                .findFirst()
                .orElseThrow();
    }

    /** The first member of the side list with no limits of their own (the default 8 h rest). */
    Candidate withoutLimits() {
        return vm.shownCandidates().stream()
                .filter(Candidate::isMember)
                .filter(c -> !office.services.availability().of(c.who()).own())
                .findFirst()
                .orElseThrow();
    }

    /** The id of a post's shift on a day starting at {@code start}. */
    UUID shift(String post, LocalDate day, String start) {
        return DemoRoster.shift(office.services, post, day, start);
    }

    /** Puts the {@code n}th members of the side list on a shift of the past week. */
    void roster(String post, int day, String start, int... n) {
        for (int i : n) {
            office.services
                    .roster()
                    .assign(shift(post, LAST_WEEK.plusDays(day), start), member(i).who(), null);
        }
        vm.loadWeek();
    }

    @Test
    void anyWeekIsShownDaysAcrossAndPostsDownWithNamesAndOpenPlaces() {
        show("青槐小区", LAST_WEEK.plusDays(2));
        roster("青槐小区卡点", 0, "07:00", 0, 1);
        roster("青槐小区卡点", 4, "22:00", 2);
        assertThat(vm.monday()).isEqualTo(LAST_WEEK);
        assertThat(vm.titleProperty().get()).isEqualTo("2021年3月1日至3月7日");
        assertThat(vm.publishedTextProperty().get()).isEqualTo("未发布");
        assertThat(vm.rows())
                .extracting(vm::rowText)
                .containsExactly(
                        "青槐小区卡点\n07:00-12:00",
                        "青槐小区卡点\n12:00-18:00",
                        "青槐小区卡点\n18:00-22:00",
                        "青槐小区卡点\n22:00-07:00",
                        "青槐小区消杀\n09:00-11:00");
        RosterWeek.Cell night = slot("青槐小区卡点", "22:00", 4).cell();
        assertThat(night.people()).hasSize(1);
        assertThat(RosterViewModel.openText(night)).isEqualTo("缺1人");
        assertThat(RosterViewModel.state(night)).isEqualTo(CellState.LACKING);
        RosterWeek.Cell morning = slot("青槐小区卡点", "07:00", 0).cell();
        assertThat(RosterViewModel.openText(morning)).isEmpty();
        assertThat(morning.people()).extracting(RosterWeek.OnDuty::name).hasSize(2);
        assertThat(RosterViewModel.dayHeader(LAST_WEEK)).isEqualTo("周一\n3月1日");
        assertThat(vm.summaryProperty().get()).startsWith("本周 35 个班次，空缺 ");

        vm.publish();
        assertThat(vm.publishedTextProperty().get()).startsWith("已发布　");
        assertThat(vm.publishedTextProperty().get()).endsWith(" 测试员");
        assertThat(vm.mayChangeWeekProperty().get()).isFalse();
        vm.previousWeek();
        assertThat(vm.titleProperty().get()).isEqualTo("2021年2月22日至2月28日");
        assertThat(vm.publishedTextProperty().get()).isEqualTo("未发布");

        // the whole community: a compound's post says its compound
        show(null, LAST_WEEK);
        assertThat(vm.rows()).extracting(vm::rowText).contains("槐荫里卡点\n07:00-12:00\n槐荫里");
        assertThat(vm.rows()).extracting(vm::rowText).contains("青槐社区夜间巡逻\n18:00-22:00");

        // a week of the future, no shifts yet
        vm.dayProperty().set(FUTURE.plusDays(21));
        assertThat(vm.rows()).allMatch(r -> r.hours() == null);
        assertThat(vm.summaryProperty().get()).isEqualTo(I18n.text("roster.grid.summary.noShifts"));
        vm.thisWeek();
        assertThat(vm.monday().plusDays(6)).isAfterOrEqualTo(vm.today());
    }

    @Test
    void someoneWhoBreaksNoRuleIsPutOnTheShiftAtOnce() {
        show("青槐小区", FUTURE);
        Candidate y = member(1);
        Slot monday = slot("青槐小区卡点", "07:00", 0);
        assertThat(RosterViewModel.openText(monday.cell())).isEqualTo("缺2人");
        vm.selectedProperty().set(monday);
        assertThat(vm.mayAssignProperty().get()).isTrue();

        vm.place(monday, Choice.of(y));

        assertThat(vm.changeProperty().get()).as("nothing to confirm").isNull();
        Slot after = vm.selectedProperty().get();
        assertThat(after.cell().people())
                .extracting(RosterWeek.OnDuty::name)
                .containsExactly(y.name());
        assertThat(RosterViewModel.openText(after.cell())).isEqualTo("缺1人");
        assertThat(vm.statusProperty().get())
                .isEqualTo("已安排 " + y.name() + "：3月4日 周一 07:00-12:00 青槐小区卡点");
        assertThat(vm.candidateName(y)).isEqualTo(y.name() + "　本周 1 班");
    }

    @Test
    void someoneOnAnOverlappingShiftIsPutOnOnlyWithAReasonForEveryBrokenRuleAndTheCellTurnsRed() {
        show("青槐小区", FUTURE);
        List<Candidate> people =
                vm.shownCandidates().stream().filter(c -> !c.isMember()).limit(2).toList();
        Candidate x = people.get(0);
        Candidate volunteer = people.get(1);
        RosterService roster = office.services.roster();
        roster.assign(shift("槐荫里卡点", FUTURE, "07:00"), x.who(), null);
        roster.assign(shift("青槐小区卡点", FUTURE, "07:00"), volunteer.who(), null);
        vm.loadWeek();
        Slot monday = slot("青槐小区卡点", "07:00", 0);

        vm.place(monday, Choice.of(x));
        RosterChangeViewModel change = vm.changeProperty().get();
        assertThat(change).isNotNull();
        assertThat(change.header()).isEqualTo("将 " + x.name() + " 安排到 3月4日 周一 07:00-12:00 青槐小区卡点");
        assertThat(change.broken())
                .containsExactly(
                        x.name() + " 与 2030-03-04 周一 07:00-12:00 槐荫里 槐荫里卡点 的班次时间重叠",
                        "每班至少要有一名党员，目前没有");
        assertThat(change.needsOverride()).isTrue();
        assertThat(change.canConfirmProperty().get()).isFalse();
        assertThat(change.missingProperty().get()).startsWith("确需这样安排的");
        change.overrideProperty().set("x".repeat(201));
        assertThat(change.overrideMessageProperty().get()).isNotEmpty();
        assertThat(change.canConfirmProperty().get()).isFalse();

        // cancelled: nothing written
        vm.dropChange();
        assertThat(vm.changeProperty().get()).isNull();
        assertThat(slot("青槐小区卡点", "07:00", 0).cell().people()).hasSize(1);

        vm.place(monday, Choice.of(x));
        change = vm.changeProperty().get();
        change.overrideProperty().set("党员均已在岗，临时顶岗");
        assertThat(change.canConfirmProperty().get()).isTrue();
        change.confirm();

        assertThat(vm.changeProperty().get()).isNull();
        RosterWeek.Cell cell = slot("青槐小区卡点", "07:00", 0).cell();
        assertThat(cell.people())
                .extracting(RosterWeek.OnDuty::overrideReason)
                .containsExactly(null, "党员均已在岗，临时顶岗");
        assertThat(RosterViewModel.state(cell)).isEqualTo(CellState.CONFLICT);
        assertThat(RosterViewModel.breaksRule(cell, cell.people().get(1))).isTrue();
        assertThat(RosterViewModel.breaksRule(cell, cell.people().get(0))).isFalse();
        assertThat(RosterViewModel.details(cell))
                .contains("• " + x.name() + " 与 2030-03-04 周一 07:00-12:00 槐荫里 槐荫里卡点 的班次时间重叠")
                .contains("• 每班至少要有一名党员，目前没有")
                .contains(x.name() + "：已按理由突破规则安排（党员均已在岗，临时顶岗）");
        assertThat(vm.statusProperty().get()).endsWith("（已按理由突破 2 条规则）");
        assertThat(vm.summaryProperty().get()).endsWith("冲突 1 处");
    }

    @Test
    void tooLittleRestAfterANightShiftIsListed() {
        show("青槐小区", FUTURE);
        Candidate x = withoutLimits();
        office.services
                .roster()
                .assign(shift("槐荫里卡点", FUTURE.minusDays(1), "22:00"), x.who(), null);

        vm.place(slot("青槐小区卡点", "07:00", 0), Choice.of(x));

        assertThat(vm.changeProperty().get().broken())
                .containsExactly(
                        x.name() + " 与 2030-03-03 周日 22:00-07:00 槐荫里 槐荫里卡点 的班次之间休息不足 8 小时");
        vm.dropChange();
    }

    @Test
    void aTeamIsPutOnAShiftWithOneDropAndSomeoneAlreadyOnItIsLeftAsHeWas() {
        show(null, FUTURE);
        var team =
                vm.shownTeams().stream()
                        .filter(l -> l.team().name().equals("青槐社区党员突击队"))
                        .findFirst()
                        .orElseThrow();
        Slot patrol = slot("青槐社区夜间巡逻", "18:00", 2);
        Candidate first =
                vm.choices(team.members().get(0), false).stream()
                        .map(Choice::person)
                        .filter(c -> team.team().members().contains(c.who()))
                        .findFirst()
                        .orElseThrow();
        vm.place(patrol, Choice.of(first));

        vm.place(slot("青槐社区夜间巡逻", "18:00", 2), Choice.of(team));

        assertThat(vm.changeProperty().get()).isNull();
        RosterWeek.Cell cell = slot("青槐社区夜间巡逻", "18:00", 2).cell();
        assertThat(cell.people()).hasSize(team.members().size());
        assertThat(cell.people().get(1).team()).isEqualTo("青槐社区党员突击队");
        assertThat(vm.statusProperty().get())
                .isEqualTo(
                        "已安排 青槐社区党员突击队 "
                                + (team.members().size() - 1)
                                + " 人：3月6日 周三 18:00-22:00 青槐社区夜间巡逻");
    }

    @Test
    void afterPublishingAChangeIsASwapWithItsReasonAndNothingIsSimplyTakenOff() {
        show("青槐小区", FUTURE);
        Candidate x = member(0);
        Candidate y = member(1);
        vm.place(slot("青槐小区卡点", "07:00", 1), Choice.of(x));
        assertThat(vm.publishQuestion()).startsWith("发布 青槐社区 青槐小区 2030年3月4日至3月10日 的值班表？");
        vm.publish();
        assertThat(vm.publishedProperty().get()).isTrue();
        assertThat(vm.mayChangeWeekProperty().get()).isFalse();
        Slot tuesday = slot("青槐小区卡点", "07:00", 1);
        RosterWeek.OnDuty on = tuesday.cell().people().get(0);
        assertThat(vm.mayRemove(tuesday, on)).isFalse();
        assertThat(vm.maySwap(tuesday, on)).isTrue();

        vm.swap(tuesday, on, y);
        RosterChangeViewModel change = vm.changeProperty().get();
        assertThat(change.kind()).isEqualTo(RosterChangeViewModel.Kind.SWAP);
        assertThat(change.needsReason()).isTrue();
        assertThat(change.needsOverride()).isFalse();
        assertThat(change.missingProperty().get()).isEqualTo("请写明换班理由");
        change.reasonProperty().set("家中有事");
        change.confirm();

        RosterWeek.Cell cell = slot("青槐小区卡点", "07:00", 1).cell();
        assertThat(cell.people()).extracting(RosterWeek.OnDuty::name).containsExactly(y.name());
        assertThat(cell.withdrawn()).extracting(RosterWeek.OnDuty::name).containsExactly(x.name());
        assertThat(RosterViewModel.details(cell))
                .contains("已换下 " + x.name() + "（家中有事）", y.name() + "：换班换上（家中有事）");

        // a drop on a published week is a swap too: someone on, with the reason
        vm.place(slot("青槐小区卡点", "12:00", 1), Choice.of(x));
        assertThat(vm.changeProperty().get().needsReason()).isTrue();
        vm.dropChange();
        assertThat(slot("青槐小区卡点", "12:00", 1).cell().people()).isEmpty();
    }

    @Test
    void someoneIsTakenOffBeforePublishing() {
        show("青槐小区", FUTURE);
        Candidate x = member(0);
        vm.place(slot("青槐小区卡点", "12:00", 3), Choice.of(x));
        Slot s = slot("青槐小区卡点", "12:00", 3);
        RosterWeek.OnDuty on = s.cell().people().get(0);
        assertThat(vm.mayRemove(s, on)).isTrue();
        assertThat(vm.mayAttend(s)).as("a shift in the future").isFalse();

        vm.unassign(s, on);

        assertThat(slot("青槐小区卡点", "12:00", 3).cell().people()).isEmpty();
        assertThat(vm.statusProperty().get()).startsWith("已取消 " + x.name() + " 的这一班");
    }

    @Test
    void attendanceIsRecordedOnceTheShiftHasBegunAndASubstituteNamed() {
        show("青槐小区", LAST_WEEK);
        roster("青槐小区卡点", 4, "07:00", 0, 1);
        Slot friday = slot("青槐小区卡点", "07:00", 4);
        assertThat(vm.mayAttend(friday)).isTrue();
        RosterWeek.OnDuty first = friday.cell().people().get(0);
        RosterWeek.OnDuty second = friday.cell().people().get(1);
        Candidate sub =
                vm.shownCandidates().stream()
                        .filter(Candidate::isMember)
                        .filter(
                                c ->
                                        friday.cell().people().stream()
                                                .noneMatch(o -> o.who().equals(c.who())))
                        .findFirst()
                        .orElseThrow();

        vm.attend(friday, first, Attendance.PRESENT, null);
        vm.attend(slot("青槐小区卡点", "07:00", 4), second, Attendance.SUBSTITUTED, sub);

        RosterWeek.Cell cell = slot("青槐小区卡点", "07:00", 4).cell();
        assertThat(cell.people())
                .extracting(RosterWeek.OnDuty::attendance)
                .containsExactly(Attendance.PRESENT, Attendance.SUBSTITUTED);
        assertThat(cell.people().get(1).label())
                .isEqualTo(second.name() + "（" + sub.name() + "替班）");
        assertThat(vm.statusProperty().get())
                .isEqualTo(
                        "已记录 "
                                + second.name()
                                + "（3月5日 周五 07:00-12:00 青槐小区卡点）：由 "
                                + sub.name()
                                + " 替班");

        vm.loadTotals();
        List<RosterService.Totals> totals = vm.totalsProperty().get();
        assertThat(totals)
                .extracting(RosterService.Totals::name)
                .contains(first.name(), sub.name());
        assertThat(totals)
                .filteredOn(t -> t.name().equals(first.name()))
                .singleElement()
                .satisfies(t -> assertThat(t.present()).isEqualTo(1));
        assertThat(totals)
                .filteredOn(t -> t.who().equals(sub.who()))
                .singleElement()
                .satisfies(t -> assertThat(t.substituting()).isEqualTo(1));
    }

    @Test
    void copyingThePreviousWeekSaysWhoWasLeftOutAndWhy() {
        show("青槐小区", FUTURE);
        Candidate x = member(0);
        Candidate y = member(1);
        vm.place(slot("青槐小区卡点", "07:00", 0), Choice.of(x));
        vm.place(slot("青槐小区卡点", "07:00", 0), Choice.of(y));
        office.services
                .availability()
                .addDays(y.who(), FUTURE.plusDays(7), FUTURE.plusDays(7), "居家隔离");

        vm.nextWeek();
        assertThat(vm.mayChangeWeekProperty().get()).isTrue();
        vm.copyPreviousWeek();

        RosterService.Copied copied = vm.copiedProperty().get();
        assertThat(copied.copied()).isEqualTo(1);
        assertThat(copied.skipped())
                .singleElement()
                .satisfies(
                        s -> {
                            assertThat(s.name()).isEqualTo(y.name());
                            // the times, never the reason given: it may be a health detail
                            assertThat(s.why())
                                    .contains("此时不能值班（2030-03-11 至 2030-03-11 全天）")
                                    .doesNotContain("居家隔离");
                        });
        assertThat(slot("青槐小区卡点", "07:00", 0).cell().people())
                .extracting(RosterWeek.OnDuty::name)
                .containsExactly(x.name());
        vm.clearCopied();
        assertThat(vm.copiedProperty().get()).isNull();
    }

    @Test
    void shiftsAreGeneratedFromPatternsTheFieldsSayingWhatIsWrong() {
        show("青槐小区", FUTURE.plusDays(21));
        ShiftsFormViewModel form = vm.newShifts();
        form.load();
        assertThat(form.posts())
                .extracting(l -> l.post().name())
                .containsExactly("青槐小区卡点", "青槐小区消杀");
        assertThat(form.fromProperty().get()).isEqualTo(FUTURE.plusDays(21));
        assertThat(form.toProperty().get()).isEqualTo(FUTURE.plusDays(27));
        assertThat(form.patternsNoteProperty().get())
                .isEqualTo("每天生成：07:00-12:00、12:00-18:00、18:00-22:00、22:00-07:00");
        form.patternsProperty().set("07:00-12:00,7点");
        assertThat(form.patternsMessageProperty().get()).startsWith("“7点”不是有效的时段");
        assertThat(form.canGenerateProperty().get()).isFalse();
        form.patternsProperty().set("08:00-20:00，20:00-08:00");
        form.toProperty().set(FUTURE.plusDays(20));
        assertThat(form.toMessageProperty().get()).isEqualTo("截止日期早于起始日期");
        form.toProperty().set(FUTURE.plusDays(22));
        form.postProperty().set(form.posts().get(0));
        assertThat(form.canGenerateProperty().get()).isTrue();

        form.generate();

        assertThat(form.doneProperty().get()).isEqualTo(new RosterService.Generated(1, 4, 0, 0));
        assertThat(vm.noticeProperty().get())
                .isEqualTo(Notice.success("已生成班次 4 个（岗位 1 个；已有而未重复生成的 0 个；已发布的周未生成的 0 个）。"));
        assertThat(vm.rows())
                .extracting(vm::rowText)
                .contains("青槐小区卡点\n08:00-20:00", "青槐小区卡点\n20:00-08:00");
        assertThat(slot("青槐小区卡点", "08:00", 0).cell().hasShift()).isTrue();
        assertThat(slot("青槐小区卡点", "08:00", 2).cell().hasShift()).isFalse();
    }

    @Test
    void theWeekIsPrintedAsTheRosterLedgerAndRecorded() throws Exception {
        Files.createDirectories(dir.resolve("scratch"));
        show("青槐小区", LAST_WEEK);
        roster("青槐小区卡点", 0, "07:00", 0, 1);
        vm.print(RosterPrinting.Action.OPEN, null);
        assertThat(office.opened).singleElement().satisfies(p -> assertThat(p).exists());
        assertThat(vm.statusProperty().get()).startsWith("已生成值班表并登记：");
        assertThat(office.services.documents().register(null, 5))
                .anySatisfy(e -> assertThat(e.kind()).isEqualTo("ROSTER"));
    }

    @Test
    void aPublishedWeeksRosterNoticeIsIssuedWithANumberThatAReprintKeeps() throws Exception {
        Files.createDirectories(dir.resolve("scratch"));
        show("青槐小区", FUTURE);
        vm.place(slot("青槐小区卡点", "07:00", 0), Choice.of(member(0)));
        assertThat(vm.publishedProperty().get()).as("a draft week has no notice").isFalse();
        vm.printNotice(RosterPrinting.Action.OPEN, null);
        assertThat(office.opened).isEmpty();

        vm.publish();
        assertThat(vm.publishedProperty().get()).isTrue();
        vm.printNotice(RosterPrinting.Action.OPEN, null);
        assertThat(office.opened).singleElement().satisfies(p -> assertThat(p).exists());
        String status = vm.statusProperty().get();
        assertThat(status).startsWith("已出具排班通知：");
        String number = status.substring("已出具排班通知：".length());
        assertThat(office.services.documents().verify(number).status())
                .isEqualTo(org.branchdesk.service.documents.Verification.Status.UNCHANGED);

        vm.printNotice(RosterPrinting.Action.OPEN, null);
        assertThat(vm.statusProperty().get()).isEqualTo(status);
        assertThat(office.opened).hasSize(2);
    }

    @Test
    void aSupervisorReadsAndPrintsTheWeekButChangesNothing() {
        show("青槐小区", LAST_WEEK);
        roster("青槐小区卡点", 4, "22:00", 2);
        office.close();
        office = DutyFixture.reopened(dir, Role.SUPERVISOR);
        vm = office.roster(dir.resolve("scratch"));
        vm.reload();
        show("青槐小区", LAST_WEEK);
        Slot night = slot("青槐小区卡点", "22:00", 4);
        vm.selectedProperty().set(night);
        assertThat(vm.mayEdit()).isFalse();
        assertThat(vm.mayAssignProperty().get()).isFalse();
        assertThat(vm.mayChangeWeekProperty().get()).isFalse();
        assertThat(vm.mayAttend(night)).isFalse();
        assertThat(vm.mayRemove(night, night.cell().people().get(0))).isFalse();
        Candidate anyone = member(0);
        vm.place(night, Choice.of(anyone));
        assertThat(vm.changeProperty().get()).isNull();
        assertThat(slot("青槐小区卡点", "22:00", 4).cell().people()).hasSize(1);
    }
}
