package org.branchdesk.service.duty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.branchdesk.domain.duty.Assignment;
import org.branchdesk.domain.duty.Attendance;
import org.branchdesk.domain.duty.PostShift;
import org.branchdesk.domain.duty.Team;

/** Shift and hour totals per person over a span of the roster. */
final class RosterTotals {
    private RosterTotals() {}

    /** A running tally of one person. */
    private static final class Tally {
        int shifts;
        Duration hours = Duration.ZERO;
        int present;
        int absent;
        int substituted;
        int substituting;
        Duration served = Duration.ZERO;
    }

    static List<RosterService.Totals> of(RosterData d) {
        return of(d, ps -> true);
    }

    /** The totals of the shifts of the span that {@code counted} keeps. */
    static List<RosterService.Totals> of(RosterData d, Predicate<PostShift> counted) {
        Map<Team.Someone, Tally> tallies = new LinkedHashMap<>();
        for (PostShift ps : d.shifts.values()) {
            if (!counted.test(ps)) {
                continue;
            }
            Duration length = ps.shift().length();
            for (Assignment a : d.active.getOrDefault(ps.id(), List.of())) {
                Tally t = tallies.computeIfAbsent(a.who(), k -> new Tally());
                t.shifts++;
                t.hours = t.hours.plus(length);
                if (a.attendance() == Attendance.PRESENT) {
                    t.present++;
                    t.served = t.served.plus(length);
                } else if (a.attendance() == Attendance.ABSENT) {
                    t.absent++;
                } else if (a.attendance() == Attendance.SUBSTITUTED) {
                    t.substituted++;
                    Tally sub = tallies.computeIfAbsent(a.substitute(), k -> new Tally());
                    sub.substituting++;
                    sub.served = sub.served.plus(length);
                }
            }
        }
        return tallies.entrySet().stream()
                .map(
                        e ->
                                new RosterService.Totals(
                                        e.getKey(),
                                        d.name(e.getKey()),
                                        e.getValue().shifts,
                                        e.getValue().hours,
                                        e.getValue().present,
                                        e.getValue().absent,
                                        e.getValue().substituted,
                                        e.getValue().substituting,
                                        e.getValue().served))
                .sorted(
                        Comparator.comparing(RosterService.Totals::name)
                                .thenComparing(t -> t.who().toString()))
                .toList();
    }

    /** Hours as a clerk reads them: {@code 9}, {@code 7.5}. */
    static String hours(Duration d) {
        return BigDecimal.valueOf(d.toMinutes())
                .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
