package org.branchdesk.domain.duty;

import java.time.Duration;
import java.util.List;
import org.branchdesk.domain.common.ValidationError;

/**
 * A member's or a person's own limits for duty: the most shifts in a week (Monday to Sunday) and
 * the least rest between two shifts. Without one, {@link #DEFAULT} holds.
 */
public record DutyLimit(int maxShiftsPerWeek, int minRestHours) {
    /** At most seven shifts a week and eight hours' rest (issue 13, item 5). */
    public static final DutyLimit DEFAULT = new DutyLimit(7, 8);

    /** Four shifts a day for seven days is the most a week of the default pattern holds. */
    public static final int MOST_SHIFTS = 28;

    /** More rest than a day between two shifts is not a limit an office sets. */
    public static final int MOST_REST = 24;

    public DutyLimit {
        if (maxShiftsPerWeek < 0 || maxShiftsPerWeek > MOST_SHIFTS) {
            throw new IllegalArgumentException("maxShiftsPerWeek: " + maxShiftsPerWeek);
        }
        if (minRestHours < 0 || minRestHours > MOST_REST) {
            throw new IllegalArgumentException("minRestHours: " + minRestHours);
        }
    }

    /**
     * The limits a clerk sets, each checked; a value not given keeps {@code before}'s. Refused
     * naming the field.
     */
    public static DutyLimit of(DutyLimit before, Integer maxShiftsPerWeek, Integer minRestHours) {
        int max = maxShiftsPerWeek == null ? before.maxShiftsPerWeek() : maxShiftsPerWeek;
        int rest = minRestHours == null ? before.minRestHours() : minRestHours;
        if (max < 0 || max > MOST_SHIFTS) {
            throw new ValidationError(
                    "field.dutyLimit.maxShiftsPerWeek", "rule.dutyLimit.range", 0, MOST_SHIFTS);
        }
        if (rest < 0 || rest > MOST_REST) {
            throw new ValidationError(
                    "field.dutyLimit.minRestHours", "rule.dutyLimit.range", 0, MOST_REST);
        }
        return new DutyLimit(max, rest);
    }

    /** When someone with these limits can serve, given the times they cannot. */
    public Availability with(List<Availability.Period> unavailable) {
        return new Availability(unavailable, maxShiftsPerWeek, Duration.ofHours(minRestHours));
    }
}
