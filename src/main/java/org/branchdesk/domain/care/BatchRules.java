package org.branchdesk.domain.care;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import org.branchdesk.domain.duty.Attendance;
import org.branchdesk.domain.orgs.OrgType;

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

    /**
     * Whose committee seats carry the living subsidy: the branches of the community's organization
     * (a community's branch, a compound's, a joint one, a temporary one for the epidemic). Policy
     * article 4: 关心关爱小区党支部及其工作人员，落实生活补贴相关制度. A community committee's seats are held by the
     * community's salaried workers, and a property company's or resident unit's organization is
     * paid by its employer: neither is paid from here.
     */
    public static boolean seatCarriesLivingSubsidy(OrgType type) {
        return type == OrgType.COMMUNITY_BRANCH
                || type == OrgType.COMPOUND_BRANCH
                || type == OrgType.JOINT_BRANCH
                || type == OrgType.TEMPORARY_BRANCH;
    }

    /**
     * Whether someone has already been paid this kind for part of a batch's period: a payment of
     * the kind whose period overlaps it, neither cancelled nor reversed. A batch skips them (a
     * living subsidy once a month, a day's allowance once); a payment with no period stands in no
     * batch's way.
     */
    public static boolean paidAlready(
            PaymentState state,
            boolean reversed,
            LocalDate paidFrom,
            LocalDate paidTo,
            LocalDate from,
            LocalDate to) {
        return state != PaymentState.CANCELLED
                && !reversed
                && paidFrom != null
                && paidTo != null
                && !paidFrom.isAfter(to)
                && !paidTo.isBefore(from);
    }
}
