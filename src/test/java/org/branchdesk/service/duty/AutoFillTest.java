package org.branchdesk.service.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assertj.core.groups.Tuple;
import org.branchdesk.domain.duty.Availability;
import org.branchdesk.domain.duty.RosterRules;
import org.branchdesk.domain.duty.Shift;
import org.branchdesk.domain.duty.ShiftPattern;
import org.branchdesk.domain.duty.WhyUnfilled.Reason;
import org.junit.jupiter.api.Test;

class AutoFillTest {
    static final String MEDIC = "医护背景";
    static final Availability MAX_ONE = new Availability(List.of(), 1, Availability.DEFAULT_REST);

    final AutoFill autoFill = new AutoFill();
    int next;

    // ------------------------------------------------------------------ the rules

    @Test
    void aManualAssignmentIsKeptAndCountsInEveryRuleAndInTheShare() {
        Shift monMorning = shift("2020-02-03", "07:00", "12:00", 1);
        AutoFill.Candidate zhang =
                candidate(
                        "张三",
                        false,
                        Availability.OPEN,
                        new AutoFill.Served(new UUID(9, 9), monMorning));
        AutoFill.Candidate li = candidate("李四", false, Availability.OPEN);
        AutoFill.Slot monAfternoon = slot(shift("2020-02-03", "12:00", "18:00", 1));
        AutoFill.Slot tue = slot(shift("2020-02-04", "07:00", "12:00", 1));
        AutoFill.Slot wed = slot(shift("2020-02-05", "07:00", "12:00", 1));

        AutoFill.Result r = fill(List.of(monAfternoon, tue, wed), List.of(zhang, li));

        // no rest after his morning: the afternoon is Li's; one each of the others
        assertThat(who(r).get(monAfternoon.shiftId())).containsExactly("李四");
        assertThat(r.filled()).hasSize(3).noneMatch(f -> f.slot().shift().equals(monMorning));
        assertThat(r.shiftCounts()).containsEntry(zhang.id(), 2).containsEntry(li.id(), 2);
        assertThat(r.optimal()).isTrue();
    }

    @Test
    void shiftsAreSharedEvenly() {
        List<AutoFill.Slot> slots = new ArrayList<>();
        for (int d = 0; d < 9; d++) {
            slots.add(
                    slot(
                            shift(
                                    LocalDate.of(2020, 2, 3).plusDays(d).toString(),
                                    "07:00",
                                    "12:00",
                                    1)));
        }
        List<AutoFill.Candidate> people =
                List.of(
                        candidate("甲", false, Availability.OPEN),
                        candidate("乙", false, Availability.OPEN),
                        candidate("丙", false, Availability.OPEN));

        AutoFill.Result r = fill(slots, people);

        assertThat(r.filled()).hasSize(9);
        assertThat(r.shiftCounts().values()).containsOnly(3);
        assertThat(r.unfilled()).isEmpty();
        assertThat(r.optimal()).isTrue();
        assertThat(r.completeAfter()).isNotNull();
    }

    @Test
    void aShiftOverMidnightCountsInTheWeekOfTheDayItStarts() {
        // Sunday night in the week of 3 February, Monday evening in the next: one a week each
        AutoFill.Slot sundayNight = slot(shift("2020-02-09", "22:00", "07:00", 1));
        AutoFill.Slot mondayEvening = slot(shift("2020-02-10", "18:00", "22:00", 1));

        AutoFill.Result r =
                fill(List.of(sundayNight, mondayEvening), List.of(candidate("张三", false, MAX_ONE)));

        assertThat(r.filled()).hasSize(2);
        assertThat(r.unfilled()).isEmpty();
    }

    @Test
    void aShiftOverMidnightNeedsItsRestBeforeTheNextMorning() {
        AutoFill.Slot sundayNight = slot(shift("2020-02-09", "22:00", "07:00", 1));
        AutoFill.Slot mondayMorning = slot(shift("2020-02-10", "07:00", "12:00", 1));

        AutoFill.Result r =
                fill(
                        List.of(sundayNight, mondayMorning),
                        List.of(candidate("张三", false, Availability.OPEN)));

        assertThat(r.filled()).hasSize(1);
        assertThat(r.unfilled())
                .singleElement()
                .satisfies(
                        u -> {
                            assertThat(u.places()).isEqualTo(1);
                            assertThat(u.why()).containsOnlyKeys(Reason.TOO_LITTLE_REST);
                            assertThat(u.explanation()).isEqualTo("张三 与其他班次间隔不足，休息时间不够");
                        });
    }

    @Test
    void aPostThatAsksForAPartyMemberGetsOne() {
        AutoFill.Slot gate = needing(slot(shift("2020-02-03", "07:00", "12:00", 2)), true, null);
        List<AutoFill.Candidate> people =
                List.of(
                        candidate("群众甲", false, Availability.OPEN),
                        candidate("群众乙", false, Availability.OPEN),
                        candidate("群众丙", false, Availability.OPEN),
                        candidate("党员甲", true, Availability.OPEN));

        AutoFill.Result r = fill(List.of(gate), people);

        assertThat(r.filled()).hasSize(2);
        assertThat(who(r).get(gate.shiftId())).contains("党员甲");
    }

    @Test
    void withoutAPartyMemberToPlaceTheShiftStaysOpenAndSaysWhy() {
        AutoFill.Slot gate = needing(slot(shift("2020-02-03", "07:00", "12:00", 2)), true, null);
        List<AutoFill.Candidate> people =
                List.of(
                        candidate("群众甲", false, Availability.OPEN),
                        candidate("群众乙", false, Availability.OPEN),
                        candidate("党员甲", true, awayOn("2020-02-03")));

        AutoFill.Result r = fill(List.of(gate), people);

        assertThat(r.filled()).isEmpty();
        AutoFill.Unfilled u = r.unfilled().get(0);
        assertThat(u.places()).isEqualTo(2);
        assertThat(u.explanation()).isEqualTo("党员甲 不可值班；群众甲、群众乙 不是党员（本班次须有党员）");
    }

    @Test
    void someoneAlreadyOnTheShiftCanMeetItsRequirement() {
        AutoFill.Slot gate =
                new AutoFill.Slot(
                        UUID.randomUUID(),
                        "卡点",
                        shift("2020-02-03", "07:00", "12:00", 2),
                        true,
                        null,
                        List.of(new RosterRules.OnShift(true, Set.of())),
                        false);

        AutoFill.Result r =
                fill(List.of(gate), List.of(candidate("群众甲", false, Availability.OPEN)));

        assertThat(who(r).get(gate.shiftId())).containsExactly("群众甲");
    }

    @Test
    void aPostThatAsksForATagGetsSomeoneWithItOrSaysWhoLacksIt() {
        AutoFill.Slot screening =
                needing(slot(shift("2020-02-03", "12:00", "18:00", 1)), false, MEDIC);
        AutoFill.Candidate medic = candidate("医生甲", false, Availability.OPEN, Set.of(MEDIC));
        AutoFill.Candidate other = candidate("群众甲", false, Availability.OPEN);

        assertThat(who(fill(List.of(screening), List.of(other, medic))).get(screening.shiftId()))
                .containsExactly("医生甲");

        AutoFill.Candidate busyMedic =
                candidate(
                        "医生乙",
                        false,
                        MAX_ONE,
                        Set.of(MEDIC),
                        new AutoFill.Served(
                                UUID.randomUUID(), shift("2020-02-07", "07:00", "12:00", 1)));
        AutoFill.Result r = fill(List.of(screening), List.of(other, busyMedic));
        assertThat(r.filled()).isEmpty();
        assertThat(r.unfilled().get(0).explanation()).isEqualTo("医生乙 已达每周上限；群众甲 没有“医护背景”（本班次须有）");
    }

    @Test
    void aPublishedWeekIsNeverChanged() {
        Shift s = shift("2020-02-03", "07:00", "12:00", 2);
        AutoFill.Slot published =
                new AutoFill.Slot(UUID.randomUUID(), "卡点", s, false, null, List.of(), true);
        AutoFill.Slot open = slot(shift("2020-02-04", "07:00", "12:00", 1));

        AutoFill.Result r =
                fill(List.of(published, open), List.of(candidate("张三", false, Availability.OPEN)));

        assertThat(r.filled()).extracting(f -> f.slot().shiftId()).containsExactly(open.shiftId());
        assertThat(r.unfilled()).isEmpty();
        assertThat(r.publishedLeftAlone()).isEqualTo(1);
    }

    // ------------------------------------------------------------------ gaps, explained

    /**
     * 21 single places in a week (three a day, each far enough from the others for the rest), the
     * evening ones needing a party member; four people who may serve three shifts each, one of them
     * away on Wednesday.
     */
    AutoFill.Problem overConstrainedWeek(AutoFill.Served... zhangServes) {
        List<AutoFill.Slot> slots = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            String day = LocalDate.of(2020, 2, 3).plusDays(d).toString();
            slots.add(slot(shift(day, "00:00", "04:00", 1)));
            slots.add(slot(shift(day, "12:00", "16:00", 1)));
            slots.add(needing(slot(shift(day, "20:00", "23:00", 1)), true, null));
        }
        Availability three = new Availability(List.of(), 3, Availability.DEFAULT_REST);
        return new AutoFill.Problem(
                slots,
                List.of(
                        candidate("张三", true, three, zhangServes),
                        candidate("李四", false, three),
                        candidate("王五", false, three),
                        candidate(
                                "赵六",
                                true,
                                new Availability(
                                        awayOn("2020-02-05").unavailable(),
                                        3,
                                        Availability.DEFAULT_REST))));
    }

    @Test
    void anOverConstrainedWeekEndsWithEveryGapExplained() {
        AutoFill.Problem p = overConstrainedWeek();

        AutoFill.Result r = autoFill.fill(p, Duration.ofSeconds(5), x -> {}, () -> false);

        assertThat(r.filled()).hasSize(12);
        assertThat(r.unfilled()).hasSize(9);
        assertThat(r.shiftCounts().values()).containsOnly(3);
        for (AutoFill.Unfilled u : r.unfilled()) {
            assertThat(u.why()).doesNotContainKey(Reason.COULD_SERVE);
            assertThat(u.why().values().stream().mapToInt(List::size).sum()).isEqualTo(4);
            assertThat(u.explanation()).contains("已达每周上限").doesNotContain("autofill.");
        }
        assertBreaksNoRule(r, p.candidates());
    }

    @Test
    void withNobodyToPlaceEveryGapSaysSo() {
        AutoFill.Slot s = slot(shift("2020-02-03", "07:00", "12:00", 2));

        AutoFill.Result r = fill(List.of(s), List.of());

        assertThat(r.unfilled())
                .singleElement()
                .satisfies(
                        u -> {
                            assertThat(u.places()).isEqualTo(2);
                            assertThat(u.explanation()).isEqualTo("没有可安排的人员");
                        });
    }

    @Test
    void aLongListOfNamesEndsWithHowManyInAll() {
        AutoFill.Slot s = slot(shift("2020-02-03", "07:00", "12:00", 1));
        List<AutoFill.Candidate> away = new ArrayList<>();
        for (String n : List.of("甲", "乙", "丙", "丁", "戊", "己", "庚")) {
            away.add(candidate(n, false, awayOn("2020-02-03")));
        }

        assertThat(fill(List.of(s), away).unfilled().get(0).explanation())
                .isEqualTo("甲、乙、丙、丁、戊 等 7 人 不可值班");
    }

    // ------------------------------------------------------------------ the search

    @Test
    void aGeneratedWeekIsFilledCompletelyWithEveryCountWithinOneOfTheMean() {
        AutoFill.Problem p = GeneratedRoster.problem(60, 120, 7, 7);

        AutoFill.Result r = autoFill.fill(p, Duration.ofSeconds(10), x -> {}, () -> false);

        assertThat(r.unfilled()).isEmpty();
        assertThat(r.filled()).hasSize(p.openPlaces());
        assertThat(r.withdrawn()).isZero();
        IntSummaryStatistics counts =
                r.shiftCounts().values().stream().mapToInt(Integer::intValue).summaryStatistics();
        assertThat(counts.getMax() - counts.getAverage()).isLessThanOrEqualTo(1.0);
        assertThat(counts.getAverage() - counts.getMin()).isLessThanOrEqualTo(1.0);
        assertBreaksNoRule(r, p.candidates());
        for (AutoFill.Slot s : p.slots()) { // the requirements of every shift are met
            List<RosterRules.OnShift> crew = new ArrayList<>(s.alreadyOn());
            r.filled().stream()
                    .filter(f -> f.slot().equals(s))
                    .forEach(f -> crew.add(f.candidate().onShift()));
            assertThat(RosterRules.gaps(s.shift(), crew, s.needsPartyMember(), s.needsTag()))
                    .isEmpty();
        }
    }

    @Test
    void theJvmsTimeZoneDoesNotChangeTheRoster() {
        AutoFill.Problem p = GeneratedRoster.problem(30, 60, 7, 11);
        TimeZone before = TimeZone.getDefault();
        Map<String, List<String>> rosters = new LinkedHashMap<>();
        try {
            for (String zone : List.of("UTC", "America/Los_Angeles", "Asia/Shanghai")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                AutoFill.Result r = autoFill.fill(p, Duration.ofSeconds(10), x -> {}, () -> false);
                assertThat(r.optimal()).isTrue();
                rosters.put(
                        zone,
                        r.filled().stream()
                                .map(f -> f.slot().shiftId() + " " + f.candidate().id())
                                .toList());
            }
        } finally {
            TimeZone.setDefault(before);
        }
        assertThat(rosters.get("America/Los_Angeles")).isEqualTo(rosters.get("UTC"));
        assertThat(rosters.get("Asia/Shanghai")).isEqualTo(rosters.get("UTC"));
    }

    @Test
    void theScoreKeptByHandAgreesWithTheConstraintStreams() {
        // FULL_ASSERT recomputes the score with the constraint streams after every move and fails
        // on the first difference
        AutoFill.Problem p = GeneratedRoster.problem(10, 16, 2, 5);

        AutoFill.Result r = new AutoFill(true).fill(p, Duration.ofSeconds(3), x -> {}, () -> false);

        assertThat(r.withdrawn()).isZero();
        assertBreaksNoRule(r, p.candidates());
    }

    @Test
    void theScoreKeptByHandAgreesAlsoOverTheWeeklyMaximumAndWithPinnedOverrides() {
        // Zhang already serves four shifts that week, one over his maximum (an override), two of
        // them overlapping, and a night that leaves no rest before Tuesday's first shift
        AutoFill.Problem p =
                overConstrainedWeek(
                        served("2020-02-03", "07:00", "08:00"),
                        served("2020-02-03", "07:30", "09:00"),
                        served("2020-02-03", "22:00", "06:00"),
                        served("2020-02-07", "17:00", "18:00"));

        AutoFill.Result r = new AutoFill(true).fill(p, Duration.ofSeconds(3), x -> {}, () -> false);

        assertThat(r.filled()).noneMatch(f -> f.candidate().name().equals("张三"));
        assertThat(r.filled()).hasSize(9);
        assertBreaksNoRule(r, p.candidates());
    }

    static AutoFill.Served served(String day, String from, String to) {
        return new AutoFill.Served(UUID.randomUUID(), shift(day, from, to, 1));
    }

    @Test
    void cancellingStopsTheSearchAndStillBreaksNoRule() {
        AutoFill.Problem p = GeneratedRoster.problem(300, 600, 7, 3);
        AtomicBoolean cancel = new AtomicBoolean();
        List<AutoFill.Progress> told = new CopyOnWriteArrayList<>();

        AutoFill.Result r =
                autoFill.fill(
                        p,
                        Duration.ofSeconds(30),
                        x -> {
                            told.add(x);
                            cancel.set(true); // at the first word of progress
                        },
                        cancel::get);

        assertThat(r.cancelled()).isTrue();
        assertThat(r.took()).isLessThan(Duration.ofSeconds(10));
        assertBreaksNoRule(r, p.candidates());
        int places = p.openPlaces();
        assertThat(
                        r.filled().size()
                                + r.unfilled().stream().mapToInt(AutoFill.Unfilled::places).sum())
                .isEqualTo(places);
        assertThat(told.get(told.size() - 1).fraction()).isEqualTo(1.0);
        assertThat(told).allMatch(x -> x.places() == places);
    }

    @Test
    void cancelledBeforeItStartsItPlacesNobodyAndSaysTheyCouldHaveServed() {
        AutoFill.Slot s = slot(shift("2020-02-03", "07:00", "12:00", 1));

        AutoFill.Result r =
                autoFill.fill(
                        new AutoFill.Problem(
                                List.of(s), List.of(candidate("张三", false, Availability.OPEN))),
                        Duration.ofSeconds(5),
                        x -> {},
                        () -> true);

        assertThat(r.cancelled()).isTrue();
        assertThat(r.unfilled().get(0).why()).containsOnlyKeys(Reason.COULD_SERVE);
    }

    @Test
    void theFinalCheckTakesBackEveryPlaceThatBreaksARule() {
        // what a search cut short could propose: a person twice at once, a gate without a member
        AutoFill.Slot morning = slot(shift("2020-02-03", "07:00", "12:00", 1));
        AutoFill.Slot sameTime = slot(shift("2020-02-03", "08:00", "10:00", 1));
        AutoFill.Slot gate = needing(slot(shift("2020-02-04", "07:00", "12:00", 2)), true, null);
        AutoFill.Problem p =
                new AutoFill.Problem(
                        List.of(morning, sameTime, gate),
                        List.of(
                                candidate("张三", false, Availability.OPEN),
                                candidate("李四", false, Availability.OPEN)));

        AutoFill.Checked kept =
                AutoFill.check(
                        p,
                        new ArrayList<>(
                                List.of(
                                        new int[] {1, 0},
                                        new int[] {0, 0},
                                        new int[] {2, 0},
                                        new int[] {2, 1})));

        // the earlier of the two is kept; nobody on the gate, which lacks a party member
        assertThat(kept.fills())
                .extracting(f -> f.slot().shiftId(), f -> f.candidate().name())
                .containsExactly(Tuple.tuple(morning.shiftId(), "张三"));
        assertThat(kept.serving().get(0)).containsExactly(morning.shift());
        assertThat(kept.serving().get(1)).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    AutoFill.Result fill(List<AutoFill.Slot> slots, List<AutoFill.Candidate> people) {
        return autoFill.fill(
                new AutoFill.Problem(slots, people), Duration.ofSeconds(5), x -> {}, () -> false);
    }

    /** Who fills each slot, by shift ID. */
    static Map<UUID, List<String>> who(AutoFill.Result r) {
        Map<UUID, List<String>> out = new TreeMap<>();
        r.filled()
                .forEach(
                        f ->
                                out.computeIfAbsent(f.slot().shiftId(), k -> new ArrayList<>())
                                        .add(f.candidate().name()));
        return out;
    }

    /** Every person's shifts, served and filled, checked one by one against the others. */
    static void assertBreaksNoRule(AutoFill.Result r, List<AutoFill.Candidate> people) {
        for (AutoFill.Candidate c : people) {
            List<Shift> all = new ArrayList<>();
            c.serving().forEach(s -> all.add(s.shift()));
            r.filled().stream()
                    .filter(f -> f.candidate().equals(c))
                    .forEach(f -> all.add(f.slot().shift()));
            for (int i = 0; i < all.size(); i++) {
                List<Shift> others = new ArrayList<>(all);
                others.remove(i);
                if (i >= c.serving().size()) { // a pinned shift is the clerk's, not the solver's
                    assertThat(RosterRules.check(all.get(i), others, c.availability()))
                            .as("%s on %s", c.name(), all.get(i))
                            .isEmpty();
                }
            }
        }
    }

    static Shift shift(String day, String from, String to, int headcount) {
        return new Shift(
                LocalDate.parse(day),
                new ShiftPattern(LocalTime.parse(from), LocalTime.parse(to)),
                headcount);
    }

    AutoFill.Slot slot(Shift shift) {
        return new AutoFill.Slot(
                new UUID(1, next++), "岗位" + next, shift, false, null, List.of(), false);
    }

    static AutoFill.Slot needing(AutoFill.Slot s, boolean member, String tag) {
        return new AutoFill.Slot(
                s.shiftId(), s.post(), s.shift(), member, tag, s.alreadyOn(), s.published());
    }

    AutoFill.Candidate candidate(
            String name, boolean member, Availability a, AutoFill.Served... serving) {
        return candidate(name, member, a, Set.of(), serving);
    }

    AutoFill.Candidate candidate(
            String name,
            boolean member,
            Availability a,
            Set<String> tags,
            AutoFill.Served... serving) {
        return new AutoFill.Candidate(
                new UUID(2, next++), name, member, tags, a, Arrays.asList(serving));
    }

    static Availability awayOn(String day) {
        LocalDateTime from = LocalDate.parse(day).atStartOfDay();
        return new Availability(
                List.of(new Availability.Period(from, from.plusDays(1))),
                7,
                Availability.DEFAULT_REST);
    }
}
