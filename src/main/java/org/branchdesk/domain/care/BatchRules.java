package org.branchdesk.domain.care;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import org.branchdesk.domain.duty.Attendance;

/**
 * The rules of the two batches a clerk previews before saving: a month's living subsidy for every
 * serving branch worker, and temporary work allowances from the roster's attendance. One rule per
 * method.
 */
public final class BatchRules {
    private BatchRules() {}

    /**
     * Whether a person served a shift: present on their own assignment, or the one who substituted
     * in on someone else's. An absent one, or one who was substituted, did not.
     *
     * @param asSubstitute whether the person is the substitute named on the assignment rather than
     *     its assignee
     */
    public static boolean served(Attendance attendance, boolean asSubstitute) {
        return asSubstitute
                ? attendance == Attendance.SUBSTITUTED
                : attendance == Attendance.PRESENT;
    }

    /**
     * Days of attendance in a range: a day counts once when the person served a shift that starts
     * that day (two shifts on one day are one day; a night shift counts on the day it starts).
     *
     * @param servedShiftStarts the start day of every shift the person {@link #served}
     */
    public static long daysPresent(
            Collection<LocalDate> servedShiftStarts, LocalDate from, LocalDate to) {
        return servedShiftStarts.stream()
                .filter(d -> !d.isBefore(from) && !d.isAfter(to))
                .distinct()
                .count();
    }

    /** A temporary work allowance: days present × the daily rate, exact. */
    public static BigDecimal workAllowance(long daysPresent, Yuan dailyRate) {
        return dailyRate.value().multiply(BigDecimal.valueOf(daysPresent));
    }

    /** The period a payment covers, first and last day included. */
    public record Span(LocalDate from, LocalDate to) {}

    /** A living subsidy pays for one calendar month: its first day to its last. */
    public static Span monthPeriod(YearMonth month) {
        return new Span(month.atDay(1), month.atEndOfMonth());
    }

    /**
     * A branch worker is paid for a month when they held their post on any day of it (from on or
     * before its last day, and not ended before its first).
     *
     * @param heldTo the day the holding ended, or {@code null} while it lasts
     */
    public static boolean servingIn(YearMonth month, LocalDate heldFrom, LocalDate heldTo) {
        return !heldFrom.isAfter(month.atEndOfMonth())
                && (heldTo == null || !heldTo.isBefore(month.atDay(1)));
    }
}
