package org.branchdesk.domain.duty;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * The hours of a shift as a pattern repeats them every day: 07:00–12:00, or overnight 22:00–07:00
 * (an end at or before the start runs into the next day). An overnight shift belongs to the day it
 * starts.
 */
public record ShiftPattern(LocalTime start, LocalTime end) {
    /** The day a compound's checkpoint is usually kept: morning, afternoon, evening, night. */
    public static final List<ShiftPattern> DEFAULT =
            List.of(
                    new ShiftPattern(LocalTime.of(7, 0), LocalTime.of(12, 0)),
                    new ShiftPattern(LocalTime.of(12, 0), LocalTime.of(18, 0)),
                    new ShiftPattern(LocalTime.of(18, 0), LocalTime.of(22, 0)),
                    new ShiftPattern(LocalTime.of(22, 0), LocalTime.of(7, 0)));

    public ShiftPattern {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** Whether it runs past midnight into the next day. */
    public boolean overnight() {
        return !end.isAfter(start);
    }

    /** How long it lasts (an overnight shift's hours on both days). */
    public Duration length() {
        Duration d = Duration.between(start, end);
        return overnight() ? d.plusDays(1) : d;
    }
}
