package org.branchdesk.domain.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RosterRulesTest {
    static Shift shift(String day, String from, String to) {
        return new Shift(
                LocalDate.parse(day),
                new ShiftPattern(LocalTime.parse(from), LocalTime.parse(to)),
                1);
    }

    @ParameterizedTest(name = "{0}–{1}: overnight {2}, {3} h")
    @CsvSource({
        "07:00,12:00,false,5",
        "12:00,18:00,false,6",
        "18:00,22:00,false,4",
        "22:00,07:00,true,9",
        "00:00,00:00,true,24"
    })
    void anOvernightShiftRunsIntoTheNextDay(String from, String to, boolean overnight, int hours) {
        ShiftPattern p = new ShiftPattern(LocalTime.parse(from), LocalTime.parse(to));
        assertThat(p.overnight()).isEqualTo(overnight);
        assertThat(p.length()).isEqualTo(Duration.ofHours(hours));
    }

    @Test
    void anOvernightShiftBelongsToTheDayItStarts() {
        Shift night = shift("2020-02-09", "22:00", "07:00"); // a Sunday
        assertThat(night.endsAt()).isEqualTo(LocalDateTime.parse("2020-02-10T07:00"));
        assertThat(night.weekStart()).isEqualTo(LocalDate.parse("2020-02-03"));
    }

    @Test
    void theDefaultPatternGivesFourShiftsADayInTimeOrder() {
        List<Shift> week =
                Shift.generate(
                        ShiftPattern.DEFAULT,
                        LocalDate.parse("2020-02-03"),
                        LocalDate.parse("2020-02-09"),
                        2);
        assertThat(week).hasSize(28);
        assertThat(week.subList(0, 4))
                .extracting(s -> s.hours().start().toString())
                .containsExactly("07:00", "12:00", "18:00", "22:00");
        // a whole day is covered once: 5 + 6 + 4 + 9 hours
        assertThat(week.subList(0, 4).stream().mapToLong(s -> s.length().toHours()).sum())
                .isEqualTo(24);
        assertThat(week).allMatch(s -> s.headcount() == 2);
    }

    @ParameterizedTest(name = "{0} {1}–{2} beside {3} {4}–{5}: {6}")
    @CsvSource({
        // the same day
        "2020-02-03,07:00,12:00,2020-02-03,12:00,18:00,TOO_LITTLE_REST",
        "2020-02-03,07:00,12:00,2020-02-03,11:00,18:00,OVERLAP",
        "2020-02-03,07:00,12:00,2020-02-03,22:00,07:00,", // ten hours' rest
        "2020-02-03,12:00,18:00,2020-02-03,22:00,07:00,TOO_LITTLE_REST", // four hours
        // a night, then the next morning
        "2020-02-03,22:00,07:00,2020-02-04,07:00,12:00,TOO_LITTLE_REST",
        "2020-02-03,22:00,07:00,2020-02-04,18:00,22:00,", // eleven hours
        "2020-02-03,22:00,07:00,2020-02-04,06:00,12:00,OVERLAP", // the night runs to 07:00
        "2020-02-04,07:00,12:00,2020-02-03,22:00,07:00,TOO_LITTLE_REST" // either order
    })
    void twoShiftsNeedTheirRestAndMustNotOverlap(
            String d1, String f1, String t1, String d2, String f2, String t2, String broken) {
        Set<RosterRules.Broken> found =
                RosterRules.check(shift(d1, f1, t1), List.of(shift(d2, f2, t2)), Availability.OPEN);
        assertThat(found)
                .isEqualTo(
                        broken == null
                                ? EnumSet.noneOf(RosterRules.Broken.class)
                                : EnumSet.of(RosterRules.Broken.valueOf(broken)));
    }

    @ParameterizedTest(name = "unavailable {0} to {1}: {2}")
    @CsvSource({
        "2020-02-03T00:00,2020-02-04T00:00,true", // the whole day
        "2020-02-03T12:00,2020-02-03T18:00,false", // the afternoon: the morning is free
        "2020-02-03T11:59,2020-02-03T18:00,true",
        "2020-02-02T00:00,2020-02-03T07:00,false" // until the shift starts
    })
    void anUnavailableTimeThatTouchesTheShiftBreaksIt(String from, String to, boolean unavailable) {
        Availability a =
                new Availability(
                        List.of(
                                new Availability.Period(
                                        LocalDateTime.parse(from), LocalDateTime.parse(to))),
                        7,
                        Availability.DEFAULT_REST);
        assertThat(RosterRules.check(shift("2020-02-03", "07:00", "12:00"), List.of(), a))
                .isEqualTo(
                        unavailable
                                ? EnumSet.of(RosterRules.Broken.UNAVAILABLE)
                                : EnumSet.noneOf(RosterRules.Broken.class));
    }

    @ParameterizedTest(name = "max {0} a week, {1} served that week: over {2}")
    @CsvSource({"3,2,false", "3,3,true", "0,0,true", "7,6,false"})
    void theWeeklyMaximumCountsTheShiftsOfTheSameMondayToSundayWeek(
            int max, int served, boolean over) {
        List<Shift> serving = new ArrayList<>();
        for (int i = 0; i < served; i++) {
            serving.add(
                    shift(LocalDate.parse("2020-02-03").plusDays(i).toString(), "07:00", "12:00"));
        }
        // and one the week before, which does not count
        serving.add(shift("2020-02-02", "07:00", "12:00"));
        Availability a = new Availability(List.of(), max, Availability.DEFAULT_REST);
        assertThat(
                        RosterRules.check(shift("2020-02-09", "18:00", "22:00"), serving, a)
                                .contains(RosterRules.Broken.OVER_WEEKLY_MAX))
                .isEqualTo(over);
    }

    @Test
    void everyBrokenRuleIsShownAtOnce() {
        Availability a =
                new Availability(
                        List.of(
                                new Availability.Period(
                                        LocalDateTime.parse("2020-02-03T00:00"),
                                        LocalDateTime.parse("2020-02-04T00:00"))),
                        1,
                        Availability.DEFAULT_REST);
        assertThat(
                        RosterRules.check(
                                shift("2020-02-03", "07:00", "12:00"),
                                List.of(
                                        shift("2020-02-03", "11:00", "13:00"),
                                        shift("2020-02-03", "14:00", "18:00")),
                                a))
                .containsExactlyInAnyOrder(RosterRules.Broken.values());
    }

    @ParameterizedTest(name = "{0} on a shift of 2, member needed {1}, tag {2}: {3}")
    @CsvSource({
        "'M:医护,N:',true,医护,''",
        "'M:',false,,UNDERSTAFFED",
        "'N:,N:',true,,NO_PARTY_MEMBER",
        "'M:,N:',false,医护,MISSING_TAG",
        "'N:',true,医护,UNDERSTAFFED NO_PARTY_MEMBER MISSING_TAG",
        "'',false,,UNDERSTAFFED"
    })
    void aShiftLacksWhatItsPeopleDoNotBringTogether(
            String people, boolean needsMember, String tag, String gaps) {
        List<RosterRules.OnShift> on = new ArrayList<>();
        for (String p : people.split(",")) {
            if (p.isBlank()) {
                continue;
            }
            String[] mt = p.split(":", -1);
            on.add(
                    new RosterRules.OnShift(
                            mt[0].equals("M"), mt[1].isEmpty() ? Set.of() : Set.of(mt[1])));
        }
        Shift s = new Shift(LocalDate.parse("2020-02-03"), ShiftPattern.DEFAULT.get(0), 2);
        assertThat(RosterRules.gaps(s, on, needsMember, tag))
                .isEqualTo(
                        gaps.isBlank()
                                ? List.of()
                                : Arrays.stream(gaps.split(" "))
                                        .map(RosterRules.Gap::valueOf)
                                        .collect(Collectors.toList()));
    }

    @ParameterizedTest(name = "member {0} [{1}], people register [{2}]: meets 医护背景 {3}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "true|医护背景|NULL|true", // a member with the tag
                "false|NULL|医护背景|true", // a volunteer nurse, no member
                "false|NULL|医护背景、志愿者|true",
                "true|退役军人|医护背景|true", // a member listed on the people register too
                "true|医护背景|志愿者|true",
                "false|NULL|志愿者|false",
                "false|NULL|NULL|false",
                "true|退役军人|NULL|false"
            })
    void someoneBringsTheTagsOfTheirMemberRecordAndOfThePeopleRegister(
            boolean member, String memberTags, String personTags, boolean meets) {
        RosterRules.OnShift who = RosterRules.OnShift.of(member, memberTags, personTags);
        assertThat(who.partyMember()).isEqualTo(member);
        Shift s = new Shift(LocalDate.parse("2020-02-03"), ShiftPattern.DEFAULT.get(0), 1);
        assertThat(RosterRules.gaps(s, List.of(who), false, "医护背景"))
                .isEqualTo(meets ? List.of() : List.of(RosterRules.Gap.MISSING_TAG));
    }
}
