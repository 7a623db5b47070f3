package org.branchdesk.domain.care;

/**
 * Where a payment stands: recorded by a clerk, approved by someone else, paid; or cancelled before
 * it was paid. A paid payment stays paid: a reversal corrects it (see {@link Reversal}).
 */
public enum PaymentState {
    /** 已登记: entered, not yet approved; it does not yet count against the fund. */
    RECORDED,
    /** 已审批: counts against the fund's balance. */
    APPROVED,
    /** 已支付: counts against the fund's balance; never edited or deleted. */
    PAID,
    /** 已作废: withdrawn before it was paid; kept, counts nowhere. */
    CANCELLED;

    /** Bundle key of its name. */
    public String key() {
        return "paymentState." + name();
    }

    /** Whether a payment in this state counts against its fund (approved and paid ones do). */
    public boolean countsAgainstFund() {
        return this == APPROVED || this == PAID;
    }
}
