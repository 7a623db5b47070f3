package org.branchdesk.domain.care;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

/**
 * How a payment moves: recorded → approved → paid, cancelled before it is paid, a paid one
 * corrected only by a reversal. One rule per method; {@link Payment} applies them and names the
 * field.
 */
public final class PaymentRules {
    private PaymentRules() {}

    /**
     * A clerk may change a payment until it is paid (changing an approved one sends it back to
     * recorded). A paid payment is never edited or deleted; a cancelled one is kept as it was.
     */
    public static boolean editable(PaymentState state) {
        return state == PaymentState.RECORDED || state == PaymentState.APPROVED;
    }

    /** Only a recorded payment is approved. */
    public static boolean approvable(PaymentState state) {
        return state == PaymentState.RECORDED;
    }

    /**
     * Four eyes (经办与审批分离): the account that recorded a payment cannot approve it. The approver is
     * recorded as a person; this compares the accounts that entered the two.
     */
    public static boolean fourEyes(UUID recordedBy, UUID approvingAccount) {
        return approvingAccount != null && !approvingAccount.equals(recordedBy);
    }

    /** Only an approved payment is paid. */
    public static boolean payable(PaymentState state) {
        return state == PaymentState.APPROVED;
    }

    /** Money goes out on or after the day it was approved. */
    public static boolean paidAfterApproval(LocalDate approvedOn, LocalDate paidOn) {
        return !paidOn.isBefore(approvedOn);
    }

    /** A payment not yet paid may be cancelled (kept, counting nowhere); a paid one never. */
    public static boolean cancellable(PaymentState state) {
        return state == PaymentState.RECORDED || state == PaymentState.APPROVED;
    }

    /** Only a paid payment is reversed. */
    public static boolean reversible(PaymentState state) {
        return state == PaymentState.PAID;
    }

    /** A payment is reversed once. */
    public static boolean reversedAlready(Collection<Reversal> ofPayment) {
        return !ofPayment.isEmpty();
    }

    /** A reversal carries the same positive amount as the payment it corrects. */
    public static boolean reversalMatches(Yuan paid, Yuan reversal) {
        return paid.compareTo(reversal) == 0;
    }

    /** A reversal is dated on or after the payment it corrects. */
    public static boolean reversalNotBeforePayment(LocalDate paidOn, LocalDate reversedOn) {
        return !reversedOn.isBefore(paidOn);
    }

    /** A period, when given, runs forward (a missing end is open). */
    public static boolean periodInOrder(LocalDate from, LocalDate to) {
        return from == null || to == null || !to.isBefore(from);
    }

    /**
     * A payment worked out from a standard (标准×天数) pays exactly the standard times the days: a work
     * allowance the daily rate × days present, a living subsidy the monthly standard × 1.
     */
    public static boolean basisMatches(Yuan amount, Yuan standard, int days) {
        return days > 0
                && amount.value().compareTo(standard.value().multiply(BigDecimal.valueOf(days)))
                        == 0;
    }
}
