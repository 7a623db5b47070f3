package org.branchdesk.domain.duty;

import java.time.LocalDate;
import java.util.UUID;
import org.branchdesk.domain.common.ValidationError;

/**
 * The rules every record of service shares, for reportings, cadres sent down and cadres' areas
 * alike: what is recorded has happened, a period ends no earlier than it starts, a day recorded
 * within a period falls inside it, and a compound is one of its community's. One rule per method.
 */
public final class DutyPeriods {
    private DutyPeriods() {}

    /** A day that has not come yet (on the office's clock) cannot be recorded as done. */
    public static boolean inFuture(LocalDate day, LocalDate today) {
        return day.isAfter(today);
    }

    /** A period ends on or after the day it starts (a one-day period is allowed). */
    public static boolean endsBeforeStart(LocalDate from, LocalDate to) {
        return to != null && to.isBefore(from);
    }

    /** A day falls within a period, both days included; {@code to} is {@code null} while open. */
    public static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /**
     * A compound named for a record is one of the record's community ({@code compoundCommunityId}
     * is the community the compound is in; {@code null}: no compound named).
     */
    public static boolean compoundElsewhere(UUID compoundCommunityId, UUID communityId) {
        return compoundCommunityId != null && !compoundCommunityId.equals(communityId);
    }

    /** Refuses a day that has not come yet, naming the field. */
    public static void requireNotInFuture(String field, LocalDate day, LocalDate today) {
        if (day == null) {
            throw new ValidationError(field, "rule.required");
        }
        if (inFuture(day, today)) {
            throw new ValidationError(field, "rule.dateInFuture");
        }
    }

    /** Refuses an end before the start, naming the end's field. */
    public static void requireEndNotBeforeStart(String field, LocalDate from, LocalDate to) {
        if (endsBeforeStart(from, to)) {
            throw new ValidationError(field, "rule.duty.endBeforeStart", from);
        }
    }

    /** Refuses a day outside a period, naming the day's field. */
    public static void requireWithin(String field, LocalDate day, LocalDate from, LocalDate to) {
        if (!within(day, from, to)) {
            throw new ValidationError(
                    field,
                    to == null ? "rule.duty.beforePeriod" : "rule.duty.outsidePeriod",
                    from,
                    to == null ? "" : to);
        }
    }
}
