package org.branchdesk.service.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.Assignment;
import org.branchdesk.domain.duty.AssignmentSource;
import org.branchdesk.domain.duty.Attendance;
import org.branchdesk.domain.duty.Post;
import org.branchdesk.domain.duty.PostKind;
import org.branchdesk.domain.duty.RosterCheck.Rule;
import org.branchdesk.domain.duty.ShiftPattern;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.duty.TeamKind;
import org.branchdesk.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterServiceTest {
    static final LocalDate MONDAY = RosterFixture.MONDAY;
    static final LocalDate NEXT = MONDAY.plusDays(7);

    @TempDir Path dir;
    RosterFixture f;
    Services s;
    RosterService roster;

    @BeforeEach
    void open() {
        f = new RosterFixture(dir);
        s = f.s;
        roster = s.roster();
    }

    @AfterEach
    void close() {
        f.close();
    }

    static List<Rule> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    @Test
    void postsAreSetUpListedAndClosedAndANameIsUniqueInItsPlace() {
        Post gate = f.post("东门卡点", f.east, 2, true, null);
        f.post("东门卡点", f.west, 2, false, null); // the same name in another compound
        f.post("巡逻", null, 1, false, null);
        assertThatThrownBy(() -> f.post("东门卡点", f.east, 1, false, null))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> {
                            assertThat(e.field()).isEqualTo("field.post.name");
                            assertThat(e.getMessage()).isEqualTo("岗位名称：该社区（小区）已有同名的在用岗位");
                        });
        assertThatThrownBy(
                        () ->
                                roster.addPost(
                                        new RosterService.NewPost(
                                                f.community,
                                                f.east,
                                                PostKind.PATROL,
                                                "夜巡",
                                                0,
                                                false,
                                                null)))
                .hasMessage("每班人数：每班人数应在 1 至 50 人之间");
        assertThat(roster.posts(f.community, null, false))
                .extracting(l -> l.compound() + "/" + l.post().name())
                .containsExactly("/巡逻", "东苑/东门卡点", "西苑/东门卡点");
        assertThat(roster.posts(f.community, f.east, false)).hasSize(1);
        assertThat(s.stats().counts()).containsEntry("posts", 3);

        roster.closePost(gate.id(), MONDAY);
        assertThat(roster.posts(f.community, f.east, false)).isEmpty();
        assertThat(roster.posts(f.community, f.east, true))
                .singleElement()
                .satisfies(l -> assertThat(l.post().closedOn()).isEqualTo(MONDAY));
        assertThat(s.stats().counts()).containsEntry("posts", 2);
        assertThatThrownBy(() -> roster.closePost(gate.id(), MONDAY))
                .hasMessage("这个岗位已于 2026-03-16 撤销。");
        // a closed name may be used again
        f.post("东门卡点", f.east, 2, true, null);
    }

    @Test
    void shiftsAreGeneratedFromPatternsOnceAndAnOvernightShiftBelongsToTheDayItStarts() {
        Post gate = f.post("东门卡点", f.east, 2, false, null);
        f.post("西门卡点", f.west, 1, false, null);
        RosterService.Generated g =
                roster.generate(
                        f.community,
                        f.east,
                        null,
                        MONDAY,
                        MONDAY.plusDays(6),
                        ShiftPattern.parseAll("07:00-12:00,12:00-18:00,18:00-22:00,22:00-07:00"));
        assertThat(g).isEqualTo(new RosterService.Generated(1, 28, 0, 0));
        // again, with the whole community: the compound's shifts are there already
        assertThat(roster.generate(f.community, null, null, MONDAY, MONDAY.plusDays(6), null))
                .isEqualTo(new RosterService.Generated(2, 28, 28, 0));
        assertThat(s.stats().counts()).containsEntry("shifts", 56);

        List<RosterService.ShiftLine> sunday =
                roster.shifts(MONDAY.plusDays(6), MONDAY.plusDays(6), f.community, f.east);
        assertThat(sunday).hasSize(4);
        RosterService.ShiftLine night = sunday.get(3);
        assertThat(night.shift().shift().startsAt()).hasToString("2026-03-22T22:00");
        assertThat(night.shift().shift().endsAt()).hasToString("2026-03-23T07:00");
        assertThat(night.shift().shift().weekStart()).isEqualTo(MONDAY);
        assertThat(night.shift().shift().headcount()).isEqualTo(2);
        assertThat(night.place()).isEqualTo("东苑 东门卡点");
        // the next Monday's list does not show it
        assertThat(roster.shifts(NEXT, NEXT, null, null)).isEmpty();
        assertThat(gate.id()).isEqualTo(night.post().id());
    }

    /** 东苑's gate with the default shifts this week and next. */
    Post gateWithShifts(int headcount, boolean needsMember, String tag) {
        Post gate = f.post("东门卡点", f.east, headcount, needsMember, tag);
        roster.generate(f.community, f.east, gate.id(), MONDAY, NEXT.plusDays(6), null);
        return gate;
    }

    @Test
    void assigningShowsEveryBrokenRuleAtOnceAndNeedsARecordedReasonToOverride() {
        Post gate = gateWithShifts(1, true, null);
        Post patrol = f.post("巡逻", null, 1, false, null);
        roster.generate(f.community, null, patrol.id(), MONDAY, MONDAY.plusDays(6), null);
        UUID tuesdayNight = f.shift(gate, MONDAY.plusDays(1), "22:00");
        UUID wednesdayMorning = f.shift(gate, MONDAY.plusDays(2), "07:00");
        UUID patrolNight = f.shift(patrol, MONDAY.plusDays(1), "22:00");
        roster.assign(tuesdayNight, f.zhang, null);
        s.availability().setLimit(f.zhang, 1, null);
        s.availability().addDays(f.zhang, MONDAY.plusDays(2), MONDAY.plusDays(2), "家中有事");

        // the live check: nothing is written
        RosterService.Preview p = roster.preview(wednesdayMorning, List.of(f.zhang));
        assertThat(rules(p.broken()))
                .containsExactly(Rule.TOO_LITTLE_REST, Rule.UNAVAILABLE, Rule.OVER_WEEKLY_MAX);
        assertThat(p.broken().get(0).line())
                .isEqualTo(
                        "2026-03-18 周三 07:00-12:00 东苑 东门卡点 ["
                                + RosterService.shortId(wednesdayMorning)
                                + "]：张伟 与 2026-03-17 周二 22:00-07:00 东苑 东门卡点 的班次之间休息不足 8 小时");
        assertThat(p.broken().get(1).what()).isEqualTo("张伟 此时不能值班（2026-03-18 至 2026-03-18 全天）");
        assertThat(p.broken().get(2).what()).isEqualTo("张伟 在 2026-03-16 起的一周排了 2 班，超过每周最多 1 班");
        // another post at the same time: an overlap, wherever the post is
        // (and it runs into Wednesday, when he cannot serve)
        assertThat(rules(roster.preview(patrolNight, List.of(f.zhang)).broken()))
                .containsExactly(Rule.OVERLAP, Rule.UNAVAILABLE, Rule.OVER_WEEKLY_MAX);
        // a volunteer on a shift of one that needs a party member
        assertThat(rules(roster.preview(wednesdayMorning, List.of(f.liu)).broken()))
                .containsExactly(Rule.NO_PARTY_MEMBER);

        Map<String, Integer> before = s.stats().counts();
        assertThatThrownBy(() -> roster.assign(wednesdayMorning, f.zhang, null))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("这样安排不符合以下规则；确需安排的，请写明理由（--override）：\n")
                .hasMessageContaining("休息不足 8 小时")
                .hasMessageContaining("此时不能值班")
                .hasMessageContaining("超过每周最多 1 班");
        assertThatThrownBy(() -> roster.assign(wednesdayMorning, f.zhang, "  "))
                .hasMessageContaining("请写明理由");
        assertThat(s.stats().counts()).isEqualTo(before);

        RosterService.Assigned done = roster.assign(wednesdayMorning, f.zhang, "无人可替，本人同意");
        assertThat(done.made())
                .singleElement()
                .satisfies(
                        a -> {
                            assertThat(a.overrideReason()).isEqualTo("无人可替，本人同意");
                            assertThat(a.source()).isEqualTo(AssignmentSource.MANUAL);
                        });
        assertThat(rules(done.overridden())).hasSize(3);
        assertThat(s.stats().counts()).containsEntry("assignments", 2);
        // a reason is recorded only when a rule was broken
        RosterService.Assigned plain =
                roster.assign(f.shift(gate, NEXT, "07:00"), f.zhang, "不需要的理由");
        assertThat(plain.made().get(0).overrideReason()).isNull();
    }

    @Test
    void membersAreCandidatesWithoutBeingCopiedToThePeopleRegister() {
        Post gate = gateWithShifts(2, false, null);
        int people = s.stats().counts().get("people");
        roster.assign(f.shift(gate, NEXT, "07:00"), f.li, null);
        roster.assign(f.shift(gate, NEXT, "07:00"), f.liu, null);
        assertThat(s.stats().counts()).containsEntry("people", people);
        assertThat(roster.shifts(NEXT, NEXT, null, null).get(0).people())
                .containsExactlyInAnyOrder("李强", "柳青");
        assertThatThrownBy(() -> roster.assign(f.shift(gate, NEXT, "07:00"), f.li, null))
                .hasMessage("没有可以安排的人：李强 已在这一班");
    }

    @Test
    void aTeamIsPutOnMemberByMemberAndItsLacksAreChecked() {
        Post gate = gateWithShifts(3, false, "医护");
        Team team =
                s.teams()
                        .add(
                                new TeamService.NewTeam(
                                        TeamKind.VOLUNTEER,
                                        "东苑志愿队",
                                        f.community,
                                        f.east,
                                        f.li,
                                        List.of(f.li, f.liu, f.wangPerson),
                                        LocalDate.of(2026, 3, 1)));
        UUID shift = f.shift(gate, NEXT, "12:00");
        roster.assign(shift, f.liu, null);
        RosterService.Preview p = roster.previewTeam(shift, team.id());
        assertThat(p.adding()).containsExactly(f.li, f.wangPerson);
        assertThat(p.skipped()).containsExactly("柳青 已在这一班");
        // full once the team is on, and nobody with 医护
        assertThat(rules(p.broken())).containsExactly(Rule.MISSING_TAG);
        assertThatThrownBy(() -> roster.assignTeam(shift, team.id(), null))
                .hasMessageContaining("每班至少要有一名“医护”，目前没有");
        RosterService.Assigned done = roster.assignTeam(shift, team.id(), "医护人员当天另有任务");
        assertThat(done.made())
                .allSatisfy(
                        a -> {
                            assertThat(a.source()).isEqualTo(AssignmentSource.TEAM);
                            assertThat(a.teamId()).isEqualTo(team.id());
                        })
                .hasSize(2);
        assertThat(roster.teamNamed("东苑志愿队", shift)).isEqualTo(team.id());
    }

    @Test
    void beforePublishingPeopleAreTakenOffAfterItChangesAreSwapsWithAReason() {
        Post gate = gateWithShifts(1, false, null);
        UUID shift = f.shift(gate, NEXT, "07:00");
        roster.assign(shift, f.li, null);
        roster.unassign(shift, f.li);
        assertThat(s.stats().counts()).containsEntry("assignments", 0);
        assertThatThrownBy(() -> roster.unassign(shift, f.li)).hasMessageContaining("李强 不在");
        roster.assign(shift, f.li, null);

        roster.publish(f.community, f.east, NEXT.plusDays(3));
        assertThat(s.stats().counts()).containsEntry("roster_weeks", 1);
        assertThatThrownBy(() -> roster.publish(f.community, f.east, NEXT))
                .hasMessage("试点社区 东苑 2026-03-23 起的一周已发布。");
        Map<String, Integer> before = s.stats().counts();
        assertThatThrownBy(() -> roster.unassign(shift, f.li))
                .hasMessageContaining("已发布，不能直接安排或取消，请用换班");
        assertThatThrownBy(() -> roster.assign(f.shift(gate, NEXT, "12:00"), f.zhang, null))
                .hasMessageContaining("已发布");
        assertThatThrownBy(() -> roster.swap(shift, f.li, f.zhang, " ", null))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> assertThat(e.field()).isEqualTo("field.roster.reason"));
        assertThat(s.stats().counts()).isEqualTo(before);

        RosterService.Swapped swap = roster.swap(shift, f.li, f.zhang, "李强临时出差", null);
        assertThat(swap.out().isActive()).isFalse();
        assertThat(swap.out().changeReason()).isEqualTo("李强临时出差");
        assertThat(swap.in().replacesId()).isEqualTo(swap.out().id());
        assertThat(swap.in().who()).isEqualTo(f.zhang);
        RosterWeek week = roster.week(f.community, f.east, NEXT);
        RosterWeek.Cell cell = week.rows().get(0).cells().get(0);
        assertThat(cell.people()).extracting(RosterWeek.OnDuty::name).containsExactly("张伟");
        assertThat(cell.withdrawn())
                .singleElement()
                .satisfies(
                        o -> {
                            assertThat(o.name()).isEqualTo("李强");
                            assertThat(o.changeReason()).isEqualTo("李强临时出差");
                        });
        // filling an open place of a published week is a swap with nobody taken off
        RosterService.Swapped added =
                roster.swap(f.shift(gate, NEXT, "12:00"), null, f.li, "补足人手", null);
        assertThat(added.out()).isNull();
        assertThat(added.in().changeReason()).isEqualTo("补足人手");
        // the community's own week is not published by the compound's
        assertThat(roster.week(f.community, null, NEXT).isPublished()).isFalse();
        assertThat(week.isPublished()).isTrue();
    }

    @Test
    void copyingThePreviousWeekLeavesOutWhoeverCannotServeNowAndSaysWhy() {
        Post gate = gateWithShifts(2, false, null);
        for (int d = 0; d < 3; d++) {
            UUID morning = f.shift(gate, MONDAY.plusDays(d), "07:00");
            roster.assign(morning, f.li, null);
            roster.assign(morning, f.zhang, null);
        }
        s.availability().addDays(f.zhang, NEXT.plusDays(1), NEXT.plusDays(1), "外出培训");
        RosterService.Copied c = roster.copyWeek(f.community, f.east, NEXT.plusDays(4));
        assertThat(c.monday()).isEqualTo(NEXT);
        assertThat(c.copied()).isEqualTo(5);
        assertThat(c.skipped())
                .singleElement()
                .satisfies(
                        k -> {
                            assertThat(k.name()).isEqualTo("张伟");
                            assertThat(k.where()).startsWith("2026-03-24 周二 07:00-12:00");
                            assertThat(k.why()).isEqualTo("张伟 此时不能值班（2026-03-24 至 2026-03-24 全天）");
                        });
        assertThat(roster.week(f.community, f.east, NEXT).rows().get(0).cells())
                .extracting(cell -> cell.people().size())
                .containsExactly(2, 1, 2, 0, 0, 0, 0);
        // again: everyone copied is there already
        RosterService.Copied again = roster.copyWeek(f.community, f.east, NEXT);
        assertThat(again.copied()).isZero();
        assertThat(again.alreadyThere()).isEqualTo(5);
        assertThat(roster.week(f.community, f.east, NEXT).rows().get(0).cells().get(0).people())
                .allMatch(o -> o.source() == AssignmentSource.COPY);
        assertThatThrownBy(() -> roster.copyWeek(f.community, f.west, NEXT))
                .hasMessage("试点社区 西苑 2026-03-16 起的一周没有安排人的班次，无可复制。");
    }

    @Test
    void attendanceIsRecordedOnceAShiftHasBegunAndTotalsCountHoursServed() {
        Post gate = gateWithShifts(2, false, null);
        UUID monday = f.shift(gate, MONDAY, "07:00"); // 5 h, in the past
        UUID tuesday = f.shift(gate, MONDAY.plusDays(1), "12:00"); // 6 h
        UUID today = f.shift(gate, MONDAY.plusDays(2), "07:00"); // began at 07:00, it is 10:00
        UUID tonight = f.shift(gate, MONDAY.plusDays(2), "22:00");
        for (UUID sh : List.of(monday, tuesday, today, tonight)) {
            roster.assign(sh, f.li, null);
        }
        roster.assign(monday, f.zhang, null);
        roster.attend(monday, f.li, Attendance.PRESENT, null);
        roster.attend(monday, f.zhang, Attendance.ABSENT, null);
        Assignment sub = roster.attend(tuesday, f.li, Attendance.SUBSTITUTED, f.liu);
        assertThat(sub.substitute()).isEqualTo(f.liu);
        roster.attend(today, f.li, Attendance.PRESENT, null);
        assertThatThrownBy(() -> roster.attend(tonight, f.li, Attendance.PRESENT, null))
                .hasMessageEndingWith("还没有开始，不能记录出勤。");
        assertThatThrownBy(() -> roster.attend(tuesday, f.li, Attendance.SUBSTITUTED, null))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> assertThat(e.field()).isEqualTo("field.roster.substitute"));
        assertThatThrownBy(() -> roster.attend(monday, f.li, Attendance.SUBSTITUTED, f.zhang))
                .hasMessageContaining("替班人不能是本人，也不能是这一班已安排的人");
        assertThatThrownBy(() -> roster.unassign(monday, f.li)).hasMessage("李强 这一班已记录出勤，不能取消或换下。");

        List<RosterService.Totals> totals = roster.totals(MONDAY, MONDAY.plusDays(6));
        assertThat(totals)
                .extracting(
                        t ->
                                t.name()
                                        + " "
                                        + t.shifts()
                                        + " "
                                        + t.hours().toHours()
                                        + " "
                                        + t.present()
                                        + "/"
                                        + t.absent()
                                        + "/"
                                        + t.substituted()
                                        + "/"
                                        + t.substituting()
                                        + " "
                                        + t.servedHours().toHours())
                .containsExactly("张伟 1 5 0/1/0/0 0", "李强 4 25 2/0/1/0 10", "柳青 0 0 0/0/0/1 6");
        assertThat(totals.get(1).hours()).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void theCheckOfASpanListsEveryBrokenRuleInTimeOrder() {
        Post gate = gateWithShifts(1, true, null);
        UUID night = f.shift(gate, MONDAY.plusDays(1), "22:00");
        UUID morning = f.shift(gate, MONDAY.plusDays(2), "07:00");
        roster.assign(night, f.zhang, null);
        roster.assign(morning, f.zhang, "人手不足");
        roster.assign(f.shift(gate, MONDAY.plusDays(2), "12:00"), f.liu, "临时");
        List<Finding> wednesday = roster.check(MONDAY.plusDays(2), MONDAY.plusDays(2));
        assertThat(wednesday)
                .extracting(x -> x.rule() + " " + x.where().substring(0, 25))
                .containsExactly(
                        "TOO_LITTLE_REST 2026-03-18 周三 07:00-12:00",
                        "NO_PARTY_MEMBER 2026-03-18 周三 12:00-18:00",
                        "UNDERSTAFFED 2026-03-18 周三 18:00-22:00",
                        "NO_PARTY_MEMBER 2026-03-18 周三 18:00-22:00",
                        "UNDERSTAFFED 2026-03-18 周三 22:00-07:00",
                        "NO_PARTY_MEMBER 2026-03-18 周三 22:00-07:00");
        // the rest is also reported when only the earlier shift's day is asked
        assertThat(rules(roster.check(MONDAY.plusDays(1), MONDAY.plusDays(1))))
                .contains(Rule.TOO_LITTLE_REST);
        // the whole roster: two weeks of shifts, all but three of them empty (too few, and no
        // party member on them), the volunteer alone on his, and the rest too short
        assertThat(roster.check(null, null)).hasSize(2 * (56 - 3) + 1 + 1);
    }

    @Test
    void theWeekOfACompoundHasDaysPostsShiftsNamesAndConflicts() {
        Post gate = gateWithShifts(2, false, null);
        f.post("巡逻", f.east, 1, false, null); // no shifts: a row without hours
        UUID night = f.shift(gate, MONDAY.plusDays(6), "22:00");
        UUID nextMorning = f.shift(gate, NEXT, "07:00");
        roster.assign(night, f.li, null);
        roster.assign(nextMorning, f.li, "连班");
        RosterWeek week = roster.week(f.community, f.east, MONDAY.plusDays(3));
        assertThat(week.monday()).isEqualTo(MONDAY);
        assertThat(week.today()).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(week.scope()).isEqualTo("试点社区 东苑");
        assertThat(week.days()).hasSize(7).startsWith(MONDAY).endsWith(MONDAY.plusDays(6));
        assertThat(week.rows())
                .extracting(r -> r.post().name() + " " + r.hours())
                .containsExactly(
                        "东门卡点 07:00-12:00",
                        "东门卡点 12:00-18:00",
                        "东门卡点 18:00-22:00",
                        "东门卡点 22:00-07:00",
                        "巡逻 null");
        RosterWeek.Cell sundayNight = week.rows().get(3).cells().get(6);
        assertThat(sundayNight.shiftId()).isEqualTo(night);
        assertThat(sundayNight.people()).extracting(RosterWeek.OnDuty::name).containsExactly("李强");
        assertThat(sundayNight.open()).isEqualTo(1);
        // the next Monday's early shift is too close: shown on this week's Sunday night too
        assertThat(sundayNight.inConflict()).isTrue();
        assertThat(rules(sundayNight.problems()))
                .containsExactlyInAnyOrder(Rule.UNDERSTAFFED, Rule.TOO_LITTLE_REST);
        assertThat(week.rows().get(4).cells()).noneMatch(RosterWeek.Cell::hasShift);
        assertThat(week.shiftCount()).isEqualTo(28);
        assertThat(week.openPlaces()).isEqualTo(55);
        assertThat(week.isPublished()).isFalse();
        RosterWeek next = roster.week(f.community, f.east, NEXT);
        assertThat(next.rows().get(0).cells().get(0).people())
                .singleElement()
                .satisfies(o -> assertThat(o.overrideReason()).isEqualTo("连班"));
    }

    @Test
    void namesAreResolvedWithTheLastFourDigitsAndAmbiguityListsMaskedCandidates() {
        assertThat(roster.someoneNamed("张伟", null)).isEqualTo(f.zhang);
        assertThat(roster.someoneNamed("柳青", null)).isEqualTo(f.liu);
        assertThatThrownBy(() -> roster.someoneNamed("王芳", null))
                .isInstanceOfSatisfying(
                        UserError.class,
                        e -> {
                            assertThat(e.getMessage())
                                    .startsWith("有几人都叫“王芳”")
                                    .contains("党员\t王芳\t110105********")
                                    .contains("人员\t王芳\t（未登记身份号码）")
                                    .doesNotContain("19820303");
                        });
        String tail = s.members().get(f.wangB.memberId()).citizenId().value().substring(14);
        assertThat(roster.someoneNamed("王芳", tail)).isEqualTo(f.wangB);
        assertThatThrownBy(() -> roster.someoneNamed("王芳", "110105198204040040"))
                .hasMessageContaining("后四位");
        String code = "R" + f.wangPerson.personId().toString().substring(0, 8);
        assertThat(roster.someoneNamed(code, null)).isEqualTo(f.wangPerson);
        assertThatThrownBy(() -> roster.someoneNamed("赵六", null))
                .hasMessageStartingWith("党员名册和人员名册上都没有名为“赵六”的人");

        Post gate = gateWithShifts(1, false, null);
        UUID shift = f.shift(gate, NEXT, "07:00");
        assertThat(roster.shiftWithPrefix(RosterService.shortId(shift))).isEqualTo(shift);
        assertThat(roster.shiftWithPrefix(shift.toString().toUpperCase())).isEqualTo(shift);
        assertThatThrownBy(() -> roster.shiftWithPrefix("zz")).hasMessageContaining("不是班次编号");
        assertThat(roster.communityNamed("试点社区")).isEqualTo(f.community);
        assertThat(roster.compoundNamed(f.community, "东苑")).isEqualTo(f.east);
        assertThat(roster.postNamed(f.community, f.east, "东门卡点")).isEqualTo(gate.id());
    }
}
