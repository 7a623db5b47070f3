package org.branchdesk.service.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.branchdesk.domain.duty.Post;
import org.branchdesk.domain.duty.ShiftPattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** This week's open slots for the overview (概览), on the office's clock. */
class OpenThisWeekTest {
    @TempDir Path dir;

    /** 东苑's gate, two places a morning, from the week before the fixture's to the week after. */
    static Post gate(RosterFixture f) {
        Post gate = f.post("东门卡点", f.east, 2, false, null);
        f.s.roster()
                .generate(
                        f.community,
                        f.east,
                        gate.id(),
                        RosterFixture.MONDAY.minusDays(7),
                        RosterFixture.MONDAY.plusDays(13),
                        ShiftPattern.parseAll("08:00-12:00"));
        return gate;
    }

    @Test
    void theShiftsOfTheCurrentWeekShortOfTheirHeadcountAreListedWithThePlacesOpen() {
        try (RosterFixture f = new RosterFixture(dir)) {
            Post gate = gate(f);
            UUID monday = f.shift(gate, RosterFixture.MONDAY, "08:00");
            UUID tuesday = f.shift(gate, RosterFixture.MONDAY.plusDays(1), "08:00");
            f.s.roster().assign(monday, f.li, null);
            f.s.roster().assign(tuesday, f.li, null);
            f.s.roster().assign(tuesday, f.zhang, null);
            var open = f.s.roster().openThisWeek();
            assertThat(open).hasSize(6); // Tuesday is full
            assertThat(open.get(0).line().shift().id()).isEqualTo(monday);
            assertThat(open.get(0).open()).isEqualTo(1);
            assertThat(open.subList(1, 6)).allMatch(o -> o.open() == 2);
            assertThat(open)
                    .allSatisfy(
                            o ->
                                    assertThat(o.line().shift().shift().day())
                                            .isBetween(
                                                    RosterFixture.MONDAY,
                                                    RosterFixture.MONDAY.plusDays(6)));
        }
    }

    @Test
    void theWeekIsTheOfficesEvenWhenThePcsDayIsStillSunday() {
        // Sunday 22 March 2026 17:00 UTC is Monday 23 March 01:00 in Beijing
        Instant mondayInBeijing =
                LocalDate.of(2026, 3, 23)
                        .atTime(1, 0)
                        .atZone(ZoneId.of("Asia/Shanghai"))
                        .toInstant();
        try (RosterFixture f =
                new RosterFixture(dir, Clock.fixed(mondayInBeijing, ZoneId.of("UTC")))) {
            gate(f);
            assertThat(f.s.roster().openThisWeek())
                    .hasSize(7)
                    .allSatisfy(
                            o ->
                                    assertThat(o.line().shift().shift().day())
                                            .isAfterOrEqualTo(LocalDate.of(2026, 3, 23)));
        }
    }
}
