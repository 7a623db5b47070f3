package org.branchdesk.domain.duty;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * When a person can serve: the times they cannot (a whole day is 00:00 to the next 00:00), the most
 * shifts a week, and the least rest between two shifts.
 */
public record Availability(List<Period> unavailable, int maxShiftsPerWeek, Duration minimumRest) {
    /** Rest between shifts unless a person's own is set. */
    public static final Duration DEFAULT_REST = Duration.ofHours(8);

    /** No limits beyond the default rest, and at most seven shifts a week. */
    public static final Availability OPEN = new Availability(List.of(), 7, DEFAULT_REST);

    public Availability {
        unavailable = List.copyOf(unavailable);
        Objects.requireNonNull(minimumRest, "minimumRest");
        if (maxShiftsPerWeek < 0) {
            throw new IllegalArgumentException("maxShiftsPerWeek: " + maxShiftsPerWeek);
        }
    }

    /** A span of time, its end not included. */
    public record Period(LocalDateTime from, LocalDateTime to) {
        public Period {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("empty period");
            }
        }

        public boolean overlaps(LocalDateTime start, LocalDateTime end) {
            return start.isBefore(to) && from.isBefore(end);
        }
    }
}
