package org.branchdesk.domain.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhyUnfilledTest {
    /** The shift left short: Monday 3 February 2020, 07:00–12:00. */
    static final Shift MORNING = RosterRulesTest.shift("2020-02-03", "07:00", "12:00");

    /**
     * A candidate described in words: {@code away} (unavailable that morning), {@code max1} (at
     * most one shift a week), {@code rest12} (twelve hours' rest); what they serve: {@code
     * same-time}, {@code night-before} (Sunday 22:00–07:00), {@code evening-before} (Sunday
     * 18:00–22:00), {@code last-sunday} (Sunday afternoon), {@code tuesday}, {@code sunday-night}
     * (the night from this week's Sunday into the next Monday); what they are: {@code member},
     * {@code medic}.
     */
    @ParameterizedTest(name = "{0}, serving [{1}], is {2}; shift lacks [{3}]: {4}")
    @CsvSource({
        "'',,member medic,,COULD_SERVE",
        "away,,member medic,,UNAVAILABLE",
        "max1,tuesday,member,,AT_WEEKLY_MAX",
        "max1,last-sunday,member,,COULD_SERVE", // the week before
        "max1,sunday-night,member,,AT_WEEKLY_MAX", // starts in this week, ends in the next
        "'',same-time,member,,OVERLAP",
        "'',night-before,member,,TOO_LITTLE_REST",
        "'',evening-before,member,,COULD_SERVE", // nine hours' rest
        "rest12,evening-before,member,,TOO_LITTLE_REST",
        "'',,'',NO_PARTY_MEMBER,NOT_A_PARTY_MEMBER",
        "'',,member,NO_PARTY_MEMBER,COULD_SERVE",
        "'',,member,MISSING_TAG,LACKS_TAG",
        "'',,medic,MISSING_TAG,COULD_SERVE",
        "'',,medic,NO_PARTY_MEMBER MISSING_TAG,NOT_A_PARTY_MEMBER",
        "'',,member,UNDERSTAFFED,COULD_SERVE",
        // every reason that holds, the first in the told order wins
        "away max1,tuesday same-time,'',NO_PARTY_MEMBER,UNAVAILABLE",
        "max1,tuesday same-time,'',NO_PARTY_MEMBER,AT_WEEKLY_MAX",
        "'',same-time night-before,'',NO_PARTY_MEMBER,OVERLAP"
    })
    void eachCandidateIsToldTheFirstReasonThatHolds(
            String limits, String serving, String is, String lacking, WhyUnfilled.Reason expected) {
        Set<String> l = words(limits);
        List<Availability.Period> away = new ArrayList<>();
        if (l.contains("away")) {
            away.add(
                    new Availability.Period(
                            LocalDateTime.parse("2020-02-03T06:00"),
                            LocalDateTime.parse("2020-02-03T08:00")));
        }
        Availability a =
                new Availability(
                        away,
                        l.contains("max1") ? 1 : 7,
                        l.contains("rest12") ? Duration.ofHours(12) : Availability.DEFAULT_REST);
        List<Shift> serves = new ArrayList<>();
        for (String s : words(serving)) {
            serves.add(
                    switch (s) {
                        case "same-time" -> RosterRulesTest.shift("2020-02-03", "08:00", "10:00");
                        case "night-before" ->
                                RosterRulesTest.shift("2020-02-02", "22:00", "07:00");
                        case "tuesday" -> RosterRulesTest.shift("2020-02-04", "18:00", "22:00");
                        case "last-sunday" -> RosterRulesTest.shift("2020-02-02", "12:00", "18:00");
                        case "sunday-night" ->
                                RosterRulesTest.shift("2020-02-09", "22:00", "07:00");
                        case "evening-before" ->
                                RosterRulesTest.shift("2020-02-02", "18:00", "22:00");
                        default -> throw new IllegalArgumentException(s);
                    });
        }
        RosterRules.OnShift who =
                new RosterRules.OnShift(
                        words(is).contains("member"),
                        words(is).contains("medic") ? Set.of("医护背景") : Set.of());
        List<RosterRules.Gap> gaps =
                words(lacking).stream().map(RosterRules.Gap::valueOf).sorted().toList();
        assertThat(WhyUnfilled.reason(MORNING, serves, a, who, gaps, "医护背景")).isEqualTo(expected);
    }

    @Test
    void withoutATagAskedNobodyLacksIt() {
        assertThat(
                        WhyUnfilled.reason(
                                MORNING,
                                List.of(),
                                Availability.OPEN,
                                new RosterRules.OnShift(false, Set.of()),
                                List.of(RosterRules.Gap.MISSING_TAG),
                                null))
                .isEqualTo(WhyUnfilled.Reason.COULD_SERVE);
    }

    @Test
    void candidatesAreGroupedInTheToldOrderOfReasonsKeepingTheirOwnOrder() {
        Map<WhyUnfilled.Reason, List<String>> groups =
                WhyUnfilled.byReason(
                        List.of("王五", "张三", "赵六", "李四"),
                        n ->
                                switch (n) {
                                    case "张三", "李四" -> WhyUnfilled.Reason.UNAVAILABLE;
                                    case "王五" -> WhyUnfilled.Reason.AT_WEEKLY_MAX;
                                    default -> WhyUnfilled.Reason.LACKS_TAG;
                                });
        assertThat(groups.keySet())
                .containsExactly(
                        WhyUnfilled.Reason.UNAVAILABLE,
                        WhyUnfilled.Reason.AT_WEEKLY_MAX,
                        WhyUnfilled.Reason.LACKS_TAG);
        assertThat(groups.get(WhyUnfilled.Reason.UNAVAILABLE)).containsExactly("张三", "李四");
    }

    private static Set<String> words(String s) {
        return s == null || s.isBlank() ? Set.of() : Set.of(s.trim().split(" +"));
    }
}
