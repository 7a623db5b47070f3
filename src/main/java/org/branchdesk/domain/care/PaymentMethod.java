package org.branchdesk.domain.care;

/** How a payment was paid. */
public enum PaymentMethod {
    /** 现金. */
    CASH,
    /** 银行转账. */
    BANK_TRANSFER,
    /** 其他. */
    OTHER;

    /** Bundle key of its name. */
    public String key() {
        return "paymentMethod." + name();
    }
}
