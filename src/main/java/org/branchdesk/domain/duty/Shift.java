package org.branchdesk.domain.duty;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One shift of a post on one day, on the office's clock: it belongs to the day it starts, also when
 * it runs overnight.
 *
 * @param headcount how many people the shift needs
 */
public record Shift(LocalDate day, ShiftPattern hours, int headcount) {
    public Shift {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(hours, "hours");
        if (headcount < 1) {
            throw new IllegalArgumentException("headcount: " + headcount);
        }
    }

    public LocalDateTime startsAt() {
        return day.atTime(hours.start());
    }

    public LocalDateTime endsAt() {
        return startsAt().plus(hours.length());
    }

    public Duration length() {
        return hours.length();
    }

    /** The Monday of the week it counts in (Monday to Sunday), by the day it starts. */
    public LocalDate weekStart() {
        return mondayOf(day);
    }

    /** The Monday of a day's week (Monday to Sunday). */
    public static LocalDate mondayOf(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - 1L);
    }

    /**
     * The shifts of a pattern over a date range, both days included: each pattern's shift on each
     * day, in time order.
     */
    public static List<Shift> generate(
            List<ShiftPattern> patterns, LocalDate from, LocalDate to, int headcount) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to before from");
        }
        List<ShiftPattern> sorted =
                patterns.stream().sorted((a, b) -> a.start().compareTo(b.start())).toList();
        List<Shift> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            for (ShiftPattern p : sorted) {
                out.add(new Shift(d, p, headcount));
            }
        }
        return out;
    }
}
