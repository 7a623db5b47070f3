package org.branchdesk.domain.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.common.ValidationError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Posts, limits, unavailable times, patterns and published weeks as a clerk enters them. */
class RosterRecordsTest {
    static final UUID COMMUNITY = new UUID(0, 1);
    static final UUID COMPOUND = new UUID(0, 2);

    @ParameterizedTest(name = "kind {0}, name {1}, headcount {2}, tag {3}: {4} {5}")
    @CsvSource({
        "CHECKPOINT,东门卡点,2,,,",
        "TEMPERATURE,测温点,1,医护背景,,",
        ",东门卡点,2,,field.post.kind,rule.required",
        "CHECKPOINT,' ',2,,field.post.name,rule.required",
        "CHECKPOINT,东门卡点,,,field.post.headcount,rule.required",
        "CHECKPOINT,东门卡点,0,,field.post.headcount,rule.post.headcount",
        "CHECKPOINT,东门卡点,51,,field.post.headcount,rule.post.headcount",
        "CHECKPOINT,东门卡点,50,,,",
        "PATROL,巡逻,2,一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一,"
                + "field.post.needsTag,rule.tooLong"
    })
    void aPostIsRefusedNamingTheField(
            PostKind kind, String name, Integer headcount, String tag, String field, String rule) {
        if (field == null) {
            Post p =
                    Post.of(
                            UUID.randomUUID(),
                            COMMUNITY,
                            COMPOUND,
                            kind,
                            name,
                            headcount,
                            true,
                            tag);
            assertThat(p.isOpen()).isTrue();
            assertThat(p.needsTag()).isEqualTo(tag);
            return;
        }
        assertThatThrownBy(
                        () ->
                                Post.of(
                                        UUID.randomUUID(),
                                        COMMUNITY,
                                        COMPOUND,
                                        kind,
                                        name,
                                        headcount,
                                        false,
                                        tag))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> {
                            assertThat(e.field()).isEqualTo(field);
                            assertThat(e.key()).isEqualTo(rule);
                        });
    }

    @Test
    void aClosedPostIsKeptUntilTheDayBefore() {
        Post p =
                Post.of(UUID.randomUUID(), COMMUNITY, null, PostKind.PATROL, "巡逻", 2, false, null)
                        .closed(LocalDate.parse("2020-03-01"));
        assertThat(p.isOpenOn(LocalDate.parse("2020-02-29"))).isTrue();
        assertThat(p.isOpenOn(LocalDate.parse("2020-03-01"))).isFalse();
        assertThat(p.isOpen()).isFalse();
    }

    @ParameterizedTest(name = "{0}, {1} then max {2} rest {3}: {4}")
    @CsvSource({
        "7,8,,,7 8",
        "7,8,3,,3 8",
        "7,8,,12,7 12",
        "5,10,0,0,0 0",
        "7,8,28,24,28 24",
        "7,8,29,,field.dutyLimit.maxShiftsPerWeek",
        "7,8,-1,,field.dutyLimit.maxShiftsPerWeek",
        "7,8,,25,field.dutyLimit.minRestHours",
        "7,8,,-1,field.dutyLimit.minRestHours"
    })
    void limitsKeepWhatIsNotGivenAndStayInRange(
            int max, int rest, Integer newMax, Integer newRest, String expected) {
        DutyLimit before = new DutyLimit(max, rest);
        if (expected.startsWith("field")) {
            assertThatThrownBy(() -> DutyLimit.of(before, newMax, newRest))
                    .isInstanceOfSatisfying(
                            ValidationError.class, e -> assertThat(e.field()).isEqualTo(expected));
            return;
        }
        DutyLimit after = DutyLimit.of(before, newMax, newRest);
        assertThat(after.maxShiftsPerWeek() + " " + after.minRestHours()).isEqualTo(expected);
    }

    @Test
    void theDefaultLimitsAreSevenShiftsAndEightHours() {
        Availability a = DutyLimit.DEFAULT.with(List.of());
        assertThat(a.maxShiftsPerWeek()).isEqualTo(7);
        assertThat(a.minimumRest()).isEqualTo(Availability.DEFAULT_REST);
    }

    @Test
    void wholeDaysRunFromTheFirstMidnightToTheMidnightAfterTheLast() {
        Unavailability u =
                Unavailability.days(
                        UUID.randomUUID(),
                        Team.Someone.person(new UUID(0, 9)),
                        LocalDate.parse("2020-02-09"),
                        LocalDate.parse("2020-02-10"),
                        "返乡");
        assertThat(u.period().from()).isEqualTo(LocalDateTime.parse("2020-02-09T00:00"));
        assertThat(u.period().to()).isEqualTo(LocalDateTime.parse("2020-02-11T00:00"));
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
        "2020-02-09T08:00,2020-02-09T12:00,",
        "2020-02-09T08:00,2020-02-09T08:00,rule.unavailable.endBeforeStart",
        "2020-02-09T08:00,2020-02-08T08:00,rule.unavailable.endBeforeStart",
        "2020-02-09T08:00,2021-02-09T08:00,", // 366 days: 2020 is a leap year
        "2020-02-09T08:00,2021-02-09T08:01,rule.unavailable.tooLong"
    })
    void hoursMustEndAfterTheyStartAndWithinAYear(String from, String to, String rule) {
        Team.Someone who = Team.Someone.member(new UUID(0, 8));
        if (rule == null) {
            assertThat(
                            Unavailability.hours(
                                            UUID.randomUUID(),
                                            who,
                                            LocalDateTime.parse(from),
                                            LocalDateTime.parse(to),
                                            null)
                                    .reason())
                    .isNull();
            return;
        }
        assertThatThrownBy(
                        () ->
                                Unavailability.hours(
                                        UUID.randomUUID(),
                                        who,
                                        LocalDateTime.parse(from),
                                        LocalDateTime.parse(to),
                                        null))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> {
                            assertThat(e.field()).isEqualTo("field.unavailable.to");
                            assertThat(e.key()).isEqualTo(rule);
                        });
    }

    @ParameterizedTest(name = "''{0}'': {1}")
    @CsvSource({
        "'',07:00-12:00 12:00-18:00 18:00-22:00 22:00-07:00",
        "'07:00-12:00,12:00-18:00,18:00-22:00,22:00-07:00',"
                + "07:00-12:00 12:00-18:00 18:00-22:00 22:00-07:00",
        "'8:00–16:00、16:00-24:00',08:00-16:00 16:00-00:00",
        "'22:00-07:00',22:00-07:00",
        "'07:00-12:00, ,12:00-18:00',07:00-12:00 12:00-18:00",
        "'07:00-12:00,07:00-18:00',rule.roster.patternTwice",
        "'07:00',rule.roster.pattern",
        "'07:00-25:00',rule.roster.pattern",
        "'上午',rule.roster.pattern"
    })
    void patternsAreReadAsAClerkWritesThem(String raw, String expected) {
        if (expected.startsWith("rule")) {
            assertThatThrownBy(() -> ShiftPattern.parseAll(raw))
                    .isInstanceOfSatisfying(
                            ValidationError.class,
                            e -> {
                                assertThat(e.field()).isEqualTo("field.roster.patterns");
                                assertThat(e.key()).isEqualTo(expected);
                            });
            return;
        }
        assertThat(
                        String.join(
                                " ",
                                ShiftPattern.parseAll(raw).stream().map(String::valueOf).toList()))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "published {0}/{1}, post in {2}, on {3}: {4}")
    @CsvSource({
        "COMMUNITY,,COMPOUND,2020-02-09,true", // the whole community, Sunday of that week
        "COMMUNITY,,,2020-02-03,true",
        "COMMUNITY,COMPOUND,COMPOUND,2020-02-05,true",
        "COMMUNITY,COMPOUND,,2020-02-05,false", // a community's own post is not the compound's
        "COMMUNITY,COMPOUND,OTHER,2020-02-05,false",
        "COMMUNITY,,COMPOUND,2020-02-10,false", // the next week
        "OTHER,,COMPOUND,2020-02-05,false"
    })
    void aPublishedWeekCoversItsCommunitysOrItsCompoundsShiftsOfThatWeek(
            String community, String compound, String postCompound, String day, boolean covered) {
        PublishedWeek w =
                new PublishedWeek(
                        UUID.randomUUID(),
                        id(community),
                        id(compound),
                        LocalDate.parse("2020-02-03"),
                        Instant.EPOCH,
                        "王芳");
        Post p =
                Post.of(
                        UUID.randomUUID(),
                        COMMUNITY,
                        id(postCompound),
                        PostKind.CHECKPOINT,
                        "东门",
                        1,
                        false,
                        null);
        assertThat(w.covers(p, LocalDate.parse(day))).isEqualTo(covered);
    }

    static UUID id(String name) {
        if (name == null) {
            return null;
        }
        return switch (name) {
            case "COMMUNITY" -> COMMUNITY;
            case "COMPOUND" -> COMPOUND;
            default -> new UUID(0, 99);
        };
    }

    @Test
    void aWeekStartsOnMonday() {
        assertThatThrownBy(
                        () ->
                                new PublishedWeek(
                                        UUID.randomUUID(),
                                        COMMUNITY,
                                        null,
                                        LocalDate.parse("2020-02-09"),
                                        Instant.EPOCH,
                                        "王芳"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Shift.mondayOf(LocalDate.parse("2020-02-09")))
                .isEqualTo(LocalDate.parse("2020-02-03"));
        assertThat(Shift.mondayOf(LocalDate.parse("2020-02-10")))
                .isEqualTo(LocalDate.parse("2020-02-10"));
    }

    @Test
    void aSubstituteIsNamedExactlyWhenSomeoneWasSubstituted() {
        Team.Someone zhang = Team.Someone.member(new UUID(0, 5));
        Team.Someone li = Team.Someone.person(new UUID(0, 6));
        Assignment a = Assignment.of(new UUID(0, 7), zhang, null, AssignmentSource.MANUAL, null);
        assertThat(a.attended(Attendance.SUBSTITUTED, li).substitute()).isEqualTo(li);
        assertThat(a.attended(Attendance.PRESENT, li).substitute()).isNull();
        assertThatThrownBy(() -> a.attended(Attendance.SUBSTITUTED, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(a.isActive()).isTrue();
        assertThat(a.withdrawn(Instant.EPOCH, "生病").isActive()).isFalse();
    }

    @ParameterizedTest(name = "''{0}'': {1}")
    @CsvSource({"'  ',rule.required", "'家中有事',", "'  家中有事 ',"})
    void aReasonMustBeGiven(String raw, String rule) {
        if (rule == null) {
            assertThat(Assignment.requireReason("field.roster.reason", raw)).isEqualTo(raw.trim());
            return;
        }
        assertThatThrownBy(() -> Assignment.requireReason("field.roster.reason", raw))
                .isInstanceOfSatisfying(
                        ValidationError.class, e -> assertThat(e.key()).isEqualTo(rule));
    }

    @Test
    void aReasonFitsTheRegister() {
        assertThatThrownBy(() -> Assignment.requireReason("field.roster.reason", "长".repeat(201)))
                .isInstanceOfSatisfying(
                        ValidationError.class, e -> assertThat(e.key()).isEqualTo("rule.tooLong"));
        assertThat(Assignment.requireReason("field.roster.reason", "长".repeat(200))).hasSize(200);
    }
}
