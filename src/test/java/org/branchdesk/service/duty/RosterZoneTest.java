package org.branchdesk.service.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import org.branchdesk.domain.duty.Attendance;
import org.branchdesk.domain.duty.Post;
import org.branchdesk.domain.duty.ShiftPattern;
import org.h2.util.DateTimeUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same week computed on PCs set to other zones, the office on Beijing time: it is 00:30 on
 * Monday 23 March 2026 in Beijing, still Sunday in Los Angeles and in UTC. The shifts, the week a
 * Sunday night counts in, the check, "today" and what has begun come out the same.
 */
class RosterZoneTest {
    static final Instant HALF_PAST_MIDNIGHT_IN_BEIJING =
            ZonedDateTime.of(2026, 3, 23, 0, 30, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant();
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 16);
    static final LocalDate SUNDAY = LocalDate.of(2026, 3, 22);

    @TempDir Path dir;
    TimeZone machine;

    @BeforeEach
    void remember() {
        machine = TimeZone.getDefault();
    }

    @AfterEach
    void restore() {
        pcZone(machine);
    }

    /**
     * Sets the JVM's zone as a PC started in it would have it. The database driver reads the JVM's
     * zone once, when first used, and converts dates with it both ways (so a process always reads
     * back what it wrote); one process that changes zones tells the driver too.
     */
    static void pcZone(TimeZone zone) {
        TimeZone.setDefault(zone);
        DateTimeUtils.resetCalendar();
    }

    @Test
    void theSameWeekWhateverTheZoneOfThePc() {
        Map<String, List<String>> seen = new LinkedHashMap<>();
        for (String zone : List.of("Asia/Shanghai", "UTC", "America/Los_Angeles")) {
            pcZone(TimeZone.getTimeZone(zone));
            Clock pc = Clock.fixed(HALF_PAST_MIDNIGHT_IN_BEIJING, ZoneId.systemDefault());
            try (RosterFixture f = new RosterFixture(dir.resolve(zone.replace('/', '-')), pc)) {
                seen.put(zone, week(f));
            }
        }
        List<String> beijing = seen.get("Asia/Shanghai");
        assertThat(seen.get("UTC")).isEqualTo(beijing);
        assertThat(seen.get("America/Los_Angeles")).isEqualTo(beijing);
        assertThat(beijing)
                .contains(
                        "today 2026-03-23",
                        "week of today 2026-03-23",
                        "night 2026-03-22T22:00 to 2026-03-23T07:00, week 2026-03-16",
                        "begun: the night yes, Monday's morning no",
                        "2026-03-23 周一 07:00-12:00 东苑 东门卡点 […]：李强 与 2026-03-22 周日 22:00-07:00"
                                + " 东苑 东门卡点 的班次之间休息不足 8 小时",
                        "2026-03-23 07:00-12:00 1 2",
                        "李强 1 PT9H");
    }

    /** What a clerk sees of the week, as lines. */
    static List<String> week(RosterFixture f) {
        RosterService roster = f.s.roster();
        List<String> out = new ArrayList<>();
        out.add("today " + roster.today());
        Post gate = f.post("东门卡点", f.east, 1, false, null);
        roster.generate(
                f.community,
                f.east,
                gate.id(),
                MONDAY,
                SUNDAY.plusDays(1),
                ShiftPattern.parseAll("07:00-12:00,12:00-18:00,18:00-22:00,22:00-07:00"));
        for (RosterService.ShiftLine l : roster.shifts(MONDAY, SUNDAY.plusDays(1), null, null)) {
            out.add(
                    l.shift().shift().startsAt()
                            + " "
                            + l.shift().shift().endsAt()
                            + " "
                            + l.shift().shift().weekStart());
        }
        UUID night = f.shift(gate, SUNDAY, "22:00");
        UUID morning = f.shift(gate, SUNDAY.plusDays(1), "07:00");
        var n = roster.shifts(SUNDAY, SUNDAY, null, null).get(3).shift().shift();
        out.add("night " + n.startsAt() + " to " + n.endsAt() + ", week " + n.weekStart());
        f.s.availability()
                .addHours(
                        f.li,
                        LocalDateTime.parse("2026-03-23T07:00"),
                        LocalDateTime.parse("2026-03-23T08:00"),
                        "送孩子");
        roster.assign(night, f.li, null);
        roster.assign(morning, f.li, "无人可替");
        // shifts' ids are new in each office
        roster.check(SUNDAY, SUNDAY.plusDays(1))
                .forEach(x -> out.add(x.line().replaceAll("\\[[0-9a-f]{8}]", "[…]")));
        RosterWeek week = roster.week(f.community, f.east, roster.today());
        out.add("week of today " + week.monday());
        for (RosterWeek.Row r : week.rows()) {
            for (RosterWeek.Cell c : r.cells()) {
                out.add(
                        c.day()
                                + " "
                                + r.hours()
                                + " "
                                + c.people().size()
                                + " "
                                + c.problems().size());
            }
        }
        roster.attend(night, f.li, Attendance.PRESENT, null);
        assertThatThrownBy(() -> roster.attend(morning, f.li, Attendance.PRESENT, null))
                .hasMessageEndingWith("还没有开始，不能记录出勤。");
        out.add("begun: the night yes, Monday's morning no");
        roster.totals(MONDAY, SUNDAY)
                .forEach(t -> out.add(t.name() + " " + t.shifts() + " " + t.servedHours()));
        return out;
    }
}
