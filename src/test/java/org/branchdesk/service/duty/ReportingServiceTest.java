package org.branchdesk.service.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.duty.Reporting;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.members.Presence;
import org.branchdesk.domain.places.Community;
import org.branchdesk.service.Services;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.service.units.UnitService;
import org.branchdesk.testing.DemoMembers;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class ReportingServiceTest {
    static final LocalDate FEB_3 = LocalDate.of(2020, 2, 3);

    @TempDir Path dir;
    Services s;
    ServedShifts roster;
    List<Member> inService;
    Member resident;
    UUID post;

    /** The registers' counts once the demo is loaded and the test's members are free to report. */
    Map<String, Integer> before;

    @BeforeEach
    void open() {
        s = TestOffice.open(dir);
        s.demo().load(0, false);
        // the demo reports every in-service member it has: these are residents it leaves free
        inService = DemoMembers.freeToReport(s, 6, m -> true);
        resident = DemoMembers.withPresence(s, Presence.RESIDENT).get(0);
        before = s.stats().counts();
        roster = new ServedShifts(dir);
        post = roster.post(inService.get(0).communityId(), null, "东门卡点", null);
    }

    @AfterEach
    void close() {
        roster.close();
        s.close();
    }

    /** How many rows of a register the test added to the demo's. */
    int added(String register) {
        return s.stats().counts().get(register) - before.get(register);
    }

    /** The member reports to the community and compound where they live. */
    Reporting report(Member m, LocalDate on) {
        return s.reportings()
                .report(
                        new ReportingService.NewReporting(
                                m.id(),
                                m.communityId(),
                                m.compoundId(),
                                null,
                                "明川区税务局",
                                "明川区税务局机关党委",
                                on));
    }

    @Test
    void hoursServedAreTheHoursRecordedAndTheRosterShiftsAttendedDuringTheReporting() {
        Member a = inService.get(0);
        Member b = inService.get(1);
        Reporting r = report(a, FEB_3);
        s.reportings().claim(r.id(), post, LocalDate.of(2020, 2, 4));
        roster.assign(
                roster.shift(post, LocalDate.of(2020, 2, 5), "07:00", "12:00"),
                a.id(),
                "PRESENT",
                null);
        // overnight: nine hours, on the day it starts
        roster.assign(
                roster.shift(post, LocalDate.of(2020, 2, 6), "22:00", "07:00"),
                a.id(),
                "PRESENT",
                null);
        roster.assign(
                roster.shift(post, LocalDate.of(2020, 2, 7), "12:00", "18:00"),
                a.id(),
                "ABSENT",
                null);
        roster.assign(
                roster.shift(post, LocalDate.of(2020, 2, 8), "07:00", "12:00"), a.id(), null, null);
        // before the reporting: not counted
        roster.assign(
                roster.shift(post, LocalDate.of(2020, 1, 30), "07:00", "12:00"),
                a.id(),
                "PRESENT",
                null);
        // they came instead of another: four hours served
        roster.assign(
                roster.shift(post, LocalDate.of(2020, 2, 8), "18:00", "22:00"),
                b.id(),
                "SUBSTITUTED",
                a.id());
        s.reportings().recordHours(r.id(), LocalDate.of(2020, 2, 9), new BigDecimal("2.5"), "代购物资");

        assertThat(added("reportings")).isEqualTo(1);
        assertThat(added("reporting_claims")).isEqualTo(1);
        assertThat(added("reporting_hours")).isEqualTo(1);
        ReportingService.Line line = s.reportings().line(r.id());
        assertThat(s.reportings().lines(false)).contains(line);
        assertThat(line.member()).isEqualTo(a.name());
        assertThat(line.hoursServed()).isEqualByComparingTo("20.5");
        assertThat(line.posts()).containsExactly("东门卡点");
        assertThat(line.unit()).isEqualTo("明川区税务局");
        assertThat(line.unitOrg()).isEqualTo("明川区税务局机关党委");
        assertThat(line.feedbackTo()).isEqualTo("明川区税务局机关党委");
        assertThat(line.unitOnRegister()).isFalse();
        if (a.phone() != null) {
            assertThat(line.maskedPhone()).contains("*").isNotEqualTo(a.phone());
        }
    }

    @Test
    void theDemosRosterCountsTowardTheHoursOfTheInServiceMembersWhoServedIt() {
        // the demo keeps 青槐社区's roster of February 2020
        UUID community =
                s.places().communities().stream()
                        .filter(c -> c.name().equals("青槐社区"))
                        .findFirst()
                        .orElseThrow()
                        .id();
        List<Member> served =
                s
                        .members()
                        .search(
                                new MemberFilter(
                                        null,
                                        community,
                                        null,
                                        null,
                                        null,
                                        null,
                                        Presence.REPORTING_IN_SERVICE,
                                        false),
                                100)
                        .rows()
                        .stream()
                        .map(r -> s.members().get(r.id()))
                        .toList();
        // the demo reports every one of them, from the first week of its roster
        List<ReportingService.Line> lines =
                s.reportings().lines(false).stream()
                        .filter(l -> l.communityId().equals(community))
                        .toList();
        assertThat(lines)
                .extracting(ReportingService.Line::memberId)
                .containsExactlyInAnyOrderElementsOf(served.stream().map(Member::id).toList());
        // the roster's hours each served from the day they reported to the roster's last day
        Map<LocalDate, List<RosterService.Totals>> totals = new java.util.HashMap<>();
        List<UUID> busy = new java.util.ArrayList<>();
        for (ReportingService.Line l : lines) {
            java.time.Duration onRoster =
                    totals
                            .computeIfAbsent(
                                    l.reportedOn(),
                                    d -> s.roster().totals(d, LocalDate.of(2020, 3, 1)))
                            .stream()
                            .filter(x -> x.who().equals(Team.Someone.member(l.memberId())))
                            .map(RosterService.Totals::servedHours)
                            .findFirst()
                            .orElse(java.time.Duration.ZERO);
            if (!onRoster.isZero()) {
                assertThat(l.hoursServed())
                        .as(l.member())
                        .isGreaterThanOrEqualTo(
                                BigDecimal.valueOf(onRoster.toMinutes())
                                        .divide(BigDecimal.valueOf(60), 1, RoundingMode.DOWN));
                busy.add(l.id());
            }
        }
        assertThat(busy).isNotEmpty();
        assertThat(s.reportings().withoutPost())
                .extracting(ReportingService.Line::id)
                .doesNotContainAnyElementsOf(busy);
    }

    @Test
    void aUnitOnTheUnitRegisterIsLinkedAndItsPartyOrganizationGetsTheSheet() {
        UnitService.Row unit =
                s.units().list().stream()
                        .filter(u -> u.partyOrg() != null)
                        .findFirst()
                        .orElseThrow();
        Member a = inService.get(0);
        Reporting r =
                s.reportings()
                        .report(
                                new ReportingService.NewReporting(
                                        a.id(),
                                        a.communityId(),
                                        null,
                                        null,
                                        unit.unit().name(),
                                        null,
                                        FEB_3));
        assertThat(r.unit().unitId()).isEqualTo(unit.unit().id());
        ReportingService.Line line = s.reportings().line(r.id());
        assertThat(line.unitOnRegister()).isTrue();
        assertThat(line.unit()).isEqualTo(unit.unit().name());
        assertThat(line.feedbackTo()).isEqualTo(unit.partyOrg());
        assertThat(line.compound()).isEmpty();
    }

    @Test
    void reportingMembersWithoutAPostHaveNoOpenClaimAndNoShiftSinceTheyReported() {
        Member claims = inService.get(0);
        Member idle = inService.get(1);
        Member rostered = inService.get(2);
        Member claimedAClosedPost = inService.get(3);
        List<UUID> demosWithoutPost =
                s.reportings().withoutPost().stream().map(ReportingService.Line::memberId).toList();
        s.reportings().claim(report(claims, FEB_3).id(), post, FEB_3);
        report(idle, FEB_3);
        report(rostered, FEB_3);
        roster.assign(
                roster.shift(post, LocalDate.of(2020, 2, 10), "07:00", "12:00"),
                rostered.id(),
                null,
                null);
        UUID closed =
                roster.post(
                        claimedAClosedPost.communityId(), null, "西门卡点", LocalDate.of(2020, 3, 1));
        s.reportings().claim(report(claimedAClosedPost, FEB_3).id(), closed, FEB_3);
        // an assignment before the reporting does not count
        roster.assign(
                roster.shift(post, LocalDate.of(2020, 1, 10), "07:00", "12:00"),
                idle.id(),
                "PRESENT",
                null);

        assertThat(s.reportings().withoutPost())
                .extracting(ReportingService.Line::memberId)
                .containsExactlyInAnyOrderElementsOf(
                        java.util.stream.Stream.concat(
                                        demosWithoutPost.stream(),
                                        java.util.stream.Stream.of(
                                                idle.id(), claimedAClosedPost.id()))
                                .toList());
        roster.post(idle.communityId(), null, "南门卡点", null);
        assertThat(s.reportings().claimable(s.reportings().openReportingOf(idle.id())))
                .extracting(ReportingService.PostChoice::name)
                .contains("南门卡点")
                .doesNotContain("西门卡点");
    }

    @Test
    void anEndedReportingLeavesTheListButStaysOnRecordAndAMemberMayReportAgain() {
        Member a = inService.get(0);
        Reporting r = report(a, FEB_3);
        s.reportings().recordHours(r.id(), LocalDate.of(2020, 2, 20), BigDecimal.ONE, null);
        assertThatThrownBy(() -> s.reportings().end(r.id(), LocalDate.of(2020, 2, 19)))
                .hasMessage("结束日期：不能早于已记录的服务日期 2020-02-20");
        s.reportings().end(r.id(), LocalDate.of(2020, 2, 29));
        assertThat(added("reportings")).isZero();
        assertThat(s.reportings().lines(false))
                .extracting(ReportingService.Line::memberId)
                .doesNotContain(a.id());
        assertThat(s.reportings().lines(true))
                .filteredOn(l -> l.memberId().equals(a.id()))
                .singleElement()
                .satisfies(l -> assertThat(l.endedOn()).isEqualTo(LocalDate.of(2020, 2, 29)));
        assertThatThrownBy(() -> s.reportings().end(r.id(), LocalDate.of(2020, 3, 1)))
                .hasMessage("这次报到已于 2020-02-29 结束。");
        assertThatThrownBy(
                        () ->
                                s.reportings()
                                        .recordHours(
                                                r.id(),
                                                LocalDate.of(2020, 3, 2),
                                                BigDecimal.ONE,
                                                null))
                .hasMessage("服务日期：须在 2020-02-03 至 2020-02-29 之间");
        assertThatThrownBy(() -> s.reportings().openReportingOf(a.id()))
                .hasMessage("此党员没有尚未结束的报到记录。");
        // a second reporting inside the first would count its days twice
        assertThatThrownBy(() -> report(a, LocalDate.of(2020, 2, 20)))
                .hasMessageEndingWith("此党员 2020-02-03 至 2020-02-29 已有一次报到，新的报到日期应不早于 2020-02-29");
        assertThat(added("reportings")).isZero();
        report(a, LocalDate.of(2020, 3, 10));
        assertThat(added("reportings")).isEqualTo(1);
    }

    @Test
    void aSupervisorReadsTheReportingMembersWithPhonesMaskedButRecordsNothing() {
        Member withPhone =
                inService.stream().filter(m -> m.phone() != null).findFirst().orElseThrow();
        Reporting r = report(withPhone, FEB_3);
        roster.close();
        s.close();
        s = TestOffice.open(dir, Role.SUPERVISOR);
        roster = new ServedShifts(dir);
        assertThat(s.reportings().lines(false))
                .filteredOn(l -> l.memberId().equals(withPhone.id()))
                .singleElement()
                .satisfies(
                        l -> {
                            assertThat(l.maskedPhone()).contains("*");
                            assertThat(l.maskedPhone()).isNotEqualTo(withPhone.phone());
                        });
        assertThatThrownBy(() -> s.reportings().end(r.id(), FEB_3)).hasMessageContaining("（监督员）无权");
    }

    @Test
    void everyRefusalNamesItsFieldAndChangesNothing() {
        Member a = inService.get(0);
        Reporting r = report(a, FEB_3);
        s.reportings().claim(r.id(), post, FEB_3);
        Community other =
                s.places().communities().stream()
                        .filter(c -> !c.id().equals(a.communityId()))
                        .findFirst()
                        .orElseThrow();
        UUID elsewhere = roster.post(other.id(), null, "南门卡点", null);
        UUID closed = roster.post(a.communityId(), null, "北门卡点", LocalDate.of(2020, 2, 5));
        Member b = inService.get(1);
        Map<String, Executable> refused =
                Map.ofEntries(
                        Map.entry(
                                "报到党员：此党员在党员名册中的人员状态不是“在职党员报到”，请先在党员信息中改正",
                                () -> report(resident, FEB_3)),
                        Map.entry(
                                "报到党员：此党员已于 2020-02-03 报到，尚未结束，不能重复报到",
                                () -> report(a, LocalDate.of(2020, 2, 10))),
                        Map.entry("报到日期：日期不能晚于今天", () -> report(b, LocalDate.now().plusDays(2))),
                        Map.entry(
                                "报到小区：这个小区不在该社区",
                                () ->
                                        s.reportings()
                                                .report(
                                                        new ReportingService.NewReporting(
                                                                b.id(),
                                                                other.id(),
                                                                a.compoundId(),
                                                                null,
                                                                "明川区税务局",
                                                                "机关党委",
                                                                FEB_3))),
                        Map.entry(
                                "工作单位党组织：单位不在单位名册上时，须写明其党组织名称（反馈表寄给它）",
                                () ->
                                        s.reportings()
                                                .report(
                                                        new ReportingService.NewReporting(
                                                                b.id(),
                                                                b.communityId(),
                                                                null,
                                                                null,
                                                                "锦程机械有限公司",
                                                                " ",
                                                                FEB_3))),
                        Map.entry(
                                "结束日期：不能早于开始日期 2020-02-03",
                                () -> s.reportings().end(r.id(), LocalDate.of(2020, 2, 1))),
                        Map.entry(
                                "认领岗位：只能认领报到社区（或其小区）的岗位",
                                () -> s.reportings().claim(r.id(), elsewhere, FEB_3)),
                        Map.entry(
                                "认领岗位：该岗位已于 2020-02-05 撤销",
                                () ->
                                        s.reportings()
                                                .claim(r.id(), closed, LocalDate.of(2020, 2, 5))),
                        Map.entry(
                                "认领岗位：已认领过这个岗位",
                                () -> s.reportings().claim(r.id(), post, LocalDate.of(2020, 2, 6))),
                        Map.entry(
                                "认领日期：不能早于 2020-02-03",
                                () ->
                                        s.reportings()
                                                .claim(r.id(), closed, LocalDate.of(2020, 2, 2))),
                        Map.entry(
                                "服务时长：须大于 0、不超过 24 小时，最多一位小数",
                                () ->
                                        s.reportings()
                                                .recordHours(
                                                        r.id(),
                                                        FEB_3,
                                                        new BigDecimal("24.5"),
                                                        null)));
        Map<String, Integer> counts = s.stats().counts();
        for (Map.Entry<String, Executable> e : refused.entrySet()) {
            assertThatThrownBy(e.getValue()::execute)
                    .as(e.getKey())
                    .isInstanceOf(UserError.class)
                    .hasMessage(e.getKey());
        }
        assertThat(s.stats().counts()).isEqualTo(counts);
    }
}
